package org.clientele.sales.requests.web;

import java.util.function.Function;

import org.clientele.sales.requests.WebFormField;
import org.clientele.sales.requests.WebFormSubmissions;
import org.clientele.sales.requests.WebFormView;
import org.springframework.web.util.HtmlUtils;

/** The HTML an administrator copies to put a web form on another site: an iframe, or a plain form. */
final class WebFormSnippets {

    private WebFormSnippets() {
    }

    static String iframe(String address, String title) {
        return "<iframe src=\"" + HtmlUtils.htmlEscape(address) + "\" title=\"" + HtmlUtils.htmlEscape(title)
                + "\" style=\"width: 100%; min-height: 640px; border: 0;\" loading=\"lazy\"></iframe>";
    }

    /**
     * A form without script: the browser posts it to the address; the site must be among the
     * form's allowed origins. The honeypot stays hidden from people.
     */
    static String html(String address, WebFormView form, Function<WebFormField, String> label, String send) {
        StringBuilder html = new StringBuilder("<form action=\"").append(HtmlUtils.htmlEscape(address)).append("\" method=\"post\">\n");
        for (WebFormField field : form.fields()) {
            String name = field.parameter();
            String required = form.required(field) ? " required" : "";
            html.append("  <p><label for=\"clientele-").append(name).append("\">")
                    .append(HtmlUtils.htmlEscape(label.apply(field))).append("</label><br>\n    ");
            if (field == WebFormField.MESSAGE) {
                html.append("<textarea id=\"clientele-").append(name).append("\" name=\"").append(name).append("\" rows=\"5\"")
                        .append(required).append("></textarea>");
            }
            else {
                String type = field == WebFormField.EMAIL ? "email" : field == WebFormField.PHONE ? "tel" : "text";
                html.append("<input type=\"").append(type).append("\" id=\"clientele-").append(name).append("\" name=\"").append(name)
                        .append("\" maxlength=\"").append(field.maxLength()).append('"').append(required).append('>');
            }
            html.append("</p>\n");
        }
        html.append("  <div style=\"position: absolute; left: -10000px;\" aria-hidden=\"true\"><input type=\"text\" name=\"")
                .append(WebFormSubmissions.HONEYPOT).append("\" tabindex=\"-1\" autocomplete=\"off\"></div>\n")
                .append("  <button type=\"submit\">").append(HtmlUtils.htmlEscape(send)).append("</button>\n</form>");
        return html.toString();
    }
}
