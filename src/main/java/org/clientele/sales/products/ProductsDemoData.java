package org.clientele.sales.products;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clientele.platform.DemoDataContributor;
import org.springframework.stereotype.Component;

/**
 * A small catalogue: machines and parts (goods) and installation, training and maintenance
 * (services) in two categories, priced in euros, and a price list in US dollars.
 */
@Component
class ProductsDemoData implements DemoDataContributor {

    private final CategoryManagement categories;
    private final ProductManagement products;
    private final PriceListManagement priceLists;

    ProductsDemoData(CategoryManagement categories, ProductManagement products, PriceListManagement priceLists) {
        this.categories = categories;
        this.products = products;
        this.priceLists = priceLists;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void contribute(long administratorId) {
        long machines = categories.create(new CategoryForm("Machines and parts", null, 10, true)).id();
        long services = categories.create(new CategoryForm("Services", null, 20, true)).id();
        Map<String, Long> ids = new LinkedHashMap<>();
        ids.put("PK-200", product(administratorId, "Packaging line PK-200", "PK-200", ProductKind.GOODS, "piece", "48500.00", machines,
                ProductStage.DELIVERY, "Compact packaging line for food producers, 60 packs a minute."));
        ids.put("PK-300", product(administratorId, "Packaging line PK-300", "PK-300", ProductKind.GOODS, "piece", "72000.00", machines,
                ProductStage.PRODUCTION, "Twice the speed of the PK-200, with a vision check."));
        ids.put("SN-10", product(administratorId, "Sensor kit SN-10", "SN-10", ProductKind.GOODS, "set", "1250.00", machines,
                ProductStage.DEVELOPMENT, "Vibration and temperature sensors for remote maintenance."));
        ids.put("SP-BELT", product(administratorId, "Conveyor belt, spare", "SP-BELT", ProductKind.GOODS, "metre", "86.50", machines,
                ProductStage.DELIVERY, null));
        ids.put("SRV-INST", product(administratorId, "Installation and commissioning", "SRV-INST", ProductKind.SERVICE, "hour",
                "95.00", services, ProductStage.DELIVERY, "On-site work by a service engineer."));
        ids.put("SRV-TRAIN", product(administratorId, "Operator training", "SRV-TRAIN", ProductKind.SERVICE, "day", "780.00", services,
                ProductStage.DELIVERY, "One day for up to eight operators."));
        ids.put("SRV-MAINT", product(administratorId, "Maintenance contract, yearly", "SRV-MAINT", ProductKind.SERVICE, "year",
                "4200.00", services, ProductStage.PRODUCTION, "Two visits a year and a next-day response."));
        priceLists.create(new PriceListForm("North America (USD)", "USD", null, null, null, true, List.of(
                entry(ids.get("PK-200"), "52900.00"), entry(ids.get("PK-300"), "78500.00"), entry(ids.get("SP-BELT"), "94.00"),
                entry(ids.get("SRV-INST"), "110.00"), entry(ids.get("SRV-TRAIN"), "850.00"), entry(ids.get("SRV-MAINT"), "4600.00"))));
    }

    private long product(long administratorId, String name, String code, ProductKind kind, String unit, String price, long categoryId,
            ProductStage stage, String description) {
        long id = products.create(administratorId, new ProductForm(name, code, kind, description, unit, new BigDecimal(price), "EUR",
                true, categoryId, ProductStage.DEVELOPMENT)).id();
        products.moveToStage(id, stage, administratorId);
        return id;
    }

    private static PriceListForm.Entry entry(long productId, String price) {
        return new PriceListForm.Entry(productId, new BigDecimal(price));
    }
}
