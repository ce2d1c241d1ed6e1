package org.clientele.platform.mail;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.clientele.platform.SystemMail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends through the {@link JavaMailSender} Spring Boot builds from {@code spring.mail.*}; Boot
 * builds one only when {@code spring.mail.host} is set. Mail contents are never logged: they
 * carry single-use links.
 */
@Component
class SmtpSystemMail implements SystemMail {

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;
    private final String baseUrl;

    SmtpSystemMail(ObjectProvider<JavaMailSender> sender,
            @Value("${clientele.mail.from:clientele@localhost}") String from,
            @Value("${clientele.base-url:http://localhost:8080}") String baseUrl) {
        this.sender = sender;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Override
    public boolean isConfigured() {
        return sender.getIfAvailable() != null;
    }

    @Override
    public void send(String to, String subject, String text) {
        JavaMailSender mailSender = configured();
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        try {
            mailSender.send(message);
        }
        catch (MailException ex) {
            throw new MailNotSentException("The SMTP server did not accept the mail: " + ex.getClass().getSimpleName(), ex);
        }
    }

    @Override
    public void send(String to, String subject, String text, List<Attachment> attachments) {
        JavaMailSender mailSender = configured();
        try {
            MimeMessage message = mailSender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(text, false);
            for (Attachment attachment : attachments) {
                helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()), attachment.contentType());
            }
            mailSender.send(message);
        }
        catch (MailException | MessagingException ex) {
            throw new MailNotSentException("The SMTP server did not accept the mail: " + ex.getClass().getSimpleName(), ex);
        }
    }

    private JavaMailSender configured() {
        JavaMailSender mailSender = sender.getIfAvailable();
        if (mailSender == null) {
            throw new MailNotSentException("No SMTP server is configured (spring.mail.host)", null);
        }
        return mailSender;
    }

    @Override
    public String link(String path) {
        return baseUrl + (path.startsWith("/") ? path : "/" + path);
    }
}
