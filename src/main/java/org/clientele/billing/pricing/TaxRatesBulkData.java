package org.clientele.billing.pricing;

import java.math.BigDecimal;

import org.clientele.platform.BulkData;
import org.clientele.platform.BulkDataContributor;
import org.springframework.stereotype.Component;

/**
 * The tax rates generated documents use: those already set up, or, in a database without any, a
 * standard (the default), a reduced and a zero rate, made through the rates' own service.
 */
@Component
class TaxRatesBulkData implements BulkDataContributor {

    private final TaxRateManagement management;

    TaxRatesBulkData(TaxRateManagement management) {
        this.management = management;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public void contribute(BulkData data) {
        if (!management.active().isEmpty()) {
            return;
        }
        TaxRateView standard = management.create(new TaxRateForm("VAT 19 %", new BigDecimal("19"), false));
        management.create(new TaxRateForm("Reduced 7 %", new BigDecimal("7"), false));
        management.create(new TaxRateForm("Zero 0 %", BigDecimal.ZERO, false));
        management.markDefault(standard.id());
    }
}
