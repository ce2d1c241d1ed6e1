package org.clientele.platform.web;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.clientele.platform.api.ApiRequests;
import org.clientele.platform.api.ProblemType;
import org.clientele.platform.api.Problems;
import org.clientele.platform.RequestIds;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Where the servlet container sends every error no controller answered: API paths get problem
 * details, pages get a friendly page that shows the request id and no internals.
 */
@Controller
class ErrorPageController implements ErrorController {

    private final Problems problems;

    ErrorPageController(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping("${server.error.path:/error}")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatus status = statusOf(request);
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (path != null && ApiRequests.isApiPath(path.substring(request.getContextPath().length()))) {
            ProblemDetail problem = problems.of(ProblemType.forStatus(status.value()), status,
                    status.is5xxServerError() ? problems.message("problem.internal-error.detail") : null);
            problems.write(response, problem);
            return null;
        }
        response.setStatus(status.value());
        ModelAndView page = new ModelAndView(viewFor(status));
        page.addObject("status", status.value());
        page.addObject("requestId", RequestIds.current());
        return page;
    }

    private static String viewFor(HttpStatus status) {
        return switch (status) {
            case FORBIDDEN -> "error/403";
            case NOT_FOUND -> "error/404";
            default -> status.is5xxServerError() ? "error/500" : "error/error";
        };
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
