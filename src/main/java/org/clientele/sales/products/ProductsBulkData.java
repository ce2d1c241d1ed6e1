package org.clientele.sales.products;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.clientele.platform.BulkData;
import org.clientele.platform.BulkDataContributor;
import org.clientele.platform.BulkTable;
import org.springframework.stereotype.Component;

/**
 * A catalogue of a few hundred goods and services in two levels of categories, priced in euros,
 * most delivered, some still in development or production and a few retired (off sale), each with
 * its stage history. Shares the product ids as {@code products}.
 */
@Component
class ProductsBulkData implements BulkDataContributor {

    static final int PRODUCTS = 400;
    private static final List<String> MODELS = List.of("Compact", "Standard", "Heavy-duty", "Premium", "Modular", "Smart", "Eco", "Pro",
            "Advanced", "Basic");
    private static final List<Family> FAMILIES = List.of(
            new Family("Machines", "Packaging", ProductKind.GOODS, "piece", "PK", 18_000, 95_000, "Packaging line", "Tray sealer", "Carton erector"),
            new Family("Machines", "Conveyors", ProductKind.GOODS, "piece", "CV", 4_000, 30_000, "Belt conveyor", "Roller conveyor", "Spiral lift"),
            new Family("Machines", "Robotics", ProductKind.GOODS, "piece", "RB", 25_000, 140_000, "Palletising robot", "Pick-and-place cell"),
            new Family("Spare parts", "Belts and rollers", ProductKind.GOODS, "metre", "BT", 20, 180, "Conveyor belt", "Timing belt", "Roller"),
            new Family("Spare parts", "Sensors", ProductKind.GOODS, "piece", "SN", 90, 1_600, "Vibration sensor", "Light barrier", "Sensor kit"),
            new Family("Spare parts", "Motors and drives", ProductKind.GOODS, "piece", "MD", 300, 4_800, "Servo motor", "Gear motor", "Drive unit"),
            new Family("Software", "Licences", ProductKind.SERVICE, "licence", "SW", 400, 9_000, "Line control licence", "Vision licence"),
            new Family("Software", "Subscriptions", ProductKind.SERVICE, "year", "SB", 600, 12_000, "Remote monitoring", "Analytics subscription"),
            new Family("Services", "Installation", ProductKind.SERVICE, "hour", "IN", 75, 140, "Installation", "Commissioning"),
            new Family("Services", "Training", ProductKind.SERVICE, "day", "TR", 600, 1_900, "Operator training", "Maintenance training"),
            new Family("Services", "Maintenance", ProductKind.SERVICE, "year", "MT", 1_800, 14_000, "Maintenance contract", "Spare parts plan"),
            new Family("Services", "Consulting", ProductKind.SERVICE, "day", "CS", 900, 2_400, "Line audit", "Process consulting"),
            new Family("Consumables", "Labels and film", ProductKind.GOODS, "roll", "LF", 15, 260, "Label roll", "Stretch film", "Sealing film"),
            new Family("Consumables", "Lubricants", ProductKind.GOODS, "litre", "LB", 8, 95, "Food-grade oil", "Chain lubricant"));

    @Override
    public int order() {
        return 310;
    }

    @Override
    public void contribute(BulkData data) {
        SplittableRandom random = data.random("products");
        Instant now = data.now();
        Instant catalogueStart = now.minus(Duration.ofDays(4 * 365));
        long firstCategory = data.nextId("product_categories");
        List<String> parents = FAMILIES.stream().map(Family::parent).distinct().toList();
        try (BulkTable categories = data.table("product_categories", "id", "version", "name", "parent_id", "position", "active",
                "created_at", "updated_at")) {
            for (int i = 0; i < parents.size(); i++) {
                categories.row(firstCategory + i, 0, parents.get(i), null, (i + 1) * 10, true, catalogueStart, catalogueStart);
            }
            for (int i = 0; i < FAMILIES.size(); i++) {
                Family family = FAMILIES.get(i);
                categories.row(firstCategory + parents.size() + i, 0, family.category(), firstCategory + parents.indexOf(family.parent()),
                        (i + 1) * 10, true, catalogueStart, catalogueStart);
            }
        }
        long firstProduct = data.nextId("products");
        long historyId = data.nextId("product_stage_history");
        long[] ids = new long[PRODUCTS];
        long administrator = data.shared("users")[0];
        List<Object[]> history = new ArrayList<>();
        try (BulkTable products = data.table("products", "id", "version", "name", "sort_name", "code", "kind", "description", "unit",
                "price", "currency", "on_sale", "category_id", "stage", "stage_entered_at", "created_at", "updated_at", "created_by")) {
            for (int i = 0; i < PRODUCTS; i++) {
                Family family = FAMILIES.get(i % FAMILIES.size());
                long id = firstProduct + i;
                ids[i] = id;
                String code = family.prefix() + "-" + (100 + i / FAMILIES.size() * 10 + random.nextInt(10));
                String name = MODELS.get(random.nextInt(MODELS.size())) + " " + family.nouns()[random.nextInt(family.nouns().length)]
                        .toLowerCase(Locale.ROOT) + " " + code;
                name = Character.toUpperCase(name.charAt(0)) + name.substring(1);
                BigDecimal price = price(random, family);
                ProductStage stage = stage(random.nextInt(100));
                Instant created = catalogueStart.plusSeconds(random.nextLong(Duration.ofDays(3 * 365).toSeconds()));
                Instant entered = stage == ProductStage.DEVELOPMENT ? created
                        : created.plusSeconds(random.nextLong(Duration.between(created, now).toSeconds()));
                products.row(id, 0, name, name.toLowerCase(Locale.ROOT), code, family.kind(),
                        random.nextInt(3) == 0 ? null : family.category() + " for food and consumer goods producers.", family.unit(),
                        price, "EUR", stage != ProductStage.RETIRED, firstCategory + parents.size() + FAMILIES.indexOf(family), stage,
                        entered, created, entered, administrator);
                if (stage != ProductStage.DEVELOPMENT) {
                    history.add(new Object[] {historyId++, id, ProductStage.DEVELOPMENT, created, entered, administrator});
                }
                history.add(new Object[] {historyId++, id, stage, entered, null, administrator});
            }
        }
        // The history refers to the products, so it is written once they are.
        try (BulkTable table = data.table("product_stage_history", "id", "product_id", "stage", "entered_at", "left_at", "changed_by")) {
            history.forEach(table::row);
        }
        data.share("products", ids);
    }

    private static BigDecimal price(SplittableRandom random, Family family) {
        double value = family.min() * Math.pow((double) family.max() / family.min(), random.nextDouble());
        BigDecimal rounded = BigDecimal.valueOf(value);
        return value >= 1_000 ? rounded.setScale(-1, RoundingMode.HALF_UP).setScale(2) : rounded.setScale(2, RoundingMode.HALF_UP);
    }

    private static ProductStage stage(int percentile) {
        return percentile < 70 ? ProductStage.DELIVERY : percentile < 85 ? ProductStage.PRODUCTION
                : percentile < 93 ? ProductStage.DEVELOPMENT : ProductStage.RETIRED;
    }

    private record Family(String parent, String category, ProductKind kind, String unit, String prefix, int min, int max, String... nouns) {
    }
}
