package org.clientele.sales.currencies.web;

import org.clientele.sales.currencies.ExchangeRateForm;
import org.clientele.sales.currencies.ExchangeRateView;

/** A rate as the page's form posts it; a bean so that the form keeps what was typed next to the messages. */
class RatePageForm {

    private String from;
    private String to;
    private String rate;
    private String date;

    static RatePageForm of(ExchangeRateView view) {
        RatePageForm form = new RatePageForm();
        form.from = view.from().value();
        form.to = view.to().value();
        form.rate = view.rate().toPlainString();
        form.date = view.date().toString();
        return form;
    }

    ExchangeRateForm toForm() {
        return new ExchangeRateForm(from, to, rate, date);
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getRate() {
        return rate;
    }

    public void setRate(String rate) {
        this.rate = rate;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }
}
