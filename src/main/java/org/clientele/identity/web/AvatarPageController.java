package org.clientele.identity.web;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import org.clientele.identity.Avatar;
import org.clientele.identity.UserAvatars;
import org.clientele.platform.Flash;
import org.clientele.platform.SignedInUser;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.InvalidInputException.FieldProblem;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Users set and remove their profile picture on their profile; every signed-in user sees the pictures. */
@Controller
@PreAuthorize("isAuthenticated()")
class AvatarPageController {

    private static final String PROFILE = "redirect:/profile";

    private final UserAvatars avatars;

    AvatarPageController(UserAvatars avatars) {
        this.avatars = avatars;
    }

    @PostMapping("/profile/avatar")
    String change(@AuthenticationPrincipal SignedInUser me, @RequestParam(name = "avatar", required = false) MultipartFile file,
            RedirectAttributes redirect) throws IOException {
        try {
            avatars.change(me.userId(), file == null ? null : file.getBytes());
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("avatar.saved"));
        }
        catch (InvalidInputException ex) {
            FieldProblem problem = ex.problems().get(0);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.danger(problem.messageCode(), problem.arguments()));
        }
        return PROFILE;
    }

    @PostMapping("/profile/avatar/remove")
    String remove(@AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
        avatars.remove(me.userId());
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("avatar.removed"));
        return PROFILE;
    }

    @GetMapping("/users/{id}/avatar")
    ResponseEntity<byte[]> avatar(@PathVariable long id, WebRequest request) {
        Avatar avatar = avatars.find(id).orElse(null);
        if (avatar == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        if (request.checkNotModified(avatar.etag())) {
            return null;
        }
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(1, TimeUnit.HOURS).cachePrivate())
                .eTag(avatar.etag())
                .body(avatar.png());
    }
}
