package org.clientele.billing.documents;

import java.util.List;

import org.clientele.platform.SystemMail;
import org.clientele.platform.SystemMail.Attachment;
import org.springframework.stereotype.Service;

/** Sends documents through the system SMTP server, the PDF as an attachment. */
@Service
class SystemDocumentMail implements DocumentMail {

    private static final String PDF = "application/pdf";

    private final SystemMail mail;

    SystemDocumentMail(SystemMail mail) {
        this.mail = mail;
    }

    @Override
    public boolean isConfigured() {
        return mail.isConfigured();
    }

    @Override
    public void send(String to, String subject, String text, String attachmentName, byte[] pdf) {
        String fileName = attachmentName.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? attachmentName : attachmentName + ".pdf";
        mail.send(to, subject, text, List.of(new Attachment(fileName, PDF, pdf)));
    }
}
