package org.clientele.sales.deals.web;

import org.clientele.sales.deals.DealForecasts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The forecast of open deals by expected-close month: a bar chart and the same figures as a table. */
@Controller
@RequestMapping("/deals/forecast")
class DealForecastPageController {

    private final DealForecasts forecasts;
    private final DealBoardChoices choices;

    DealForecastPageController(DealForecasts forecasts, DealBoardChoices choices) {
        this.forecasts = forecasts;
        this.choices = choices;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('sales:read')")
    String forecast(DealListParameters parameters, Model model) {
        model.addAttribute("forecast", forecasts.forecast(parameters.leniently()));
        model.addAttribute("filters", parameters);
        model.addAttribute("owners", choices.owners());
        model.addAttribute("teams", choices.teams());
        return "sales/deals/forecast";
    }
}
