package org.clientele.billing.pricing;

import java.math.BigDecimal;

import org.clientele.platform.DemoDataContributor;
import org.springframework.stereotype.Component;

/** A standard, a reduced and a zero rate, the standard one the default, as a European business would have. */
@Component
class TaxRatesDemoData implements DemoDataContributor {

    private final TaxRateManagement management;
    private final TaxRateRows rows;

    TaxRatesDemoData(TaxRateManagement management, TaxRateRows rows) {
        this.management = management;
        this.rows = rows;
    }

    @Override
    public int order() {
        return 310;
    }

    @Override
    public void contribute(long administratorId) {
        TaxRateView standard = rate("VAT 19 %", "19");
        rate("Reduced 7 %", "7");
        rate("Zero 0 %", "0");
        if (management.defaultRate().isEmpty()) {
            management.markDefault(standard.id());
        }
    }

    private TaxRateView rate(String name, String percent) {
        return rows.findByNameIgnoreCase(name).map(TaxRate::toView)
                .orElseGet(() -> management.create(new TaxRateForm(name, new BigDecimal(percent), false)));
    }
}
