package org.clientele.sales.deals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.clientele.sales.deals.GeneratedPipelines.Stage;
import org.clientele.sales.deals.GeneratedPipelines.Stages;
import org.clientele.shared.CurrencyCode;

/**
 * One generated deal, drawn from a random source of its own so that it can be drawn again, the
 * same, for each table it is written to: its customer, stage path with the times of each move,
 * product lines and the amount they add up to.
 */
final class DealDraw {

    private static final long DAY = Duration.ofDays(1).toSeconds();
    private static final List<String> OFFERS = List.of("Line upgrade", "New plant", "Annual supply", "Framework agreement", "Pilot project",
            "Expansion", "Replacement", "Service renewal", "Second shift", "Retrofit", "Automation study", "Spare parts stock");
    private static final List<String> NEXT_STEPS = List.of("Call to agree the next step", "Send the revised offer", "Site visit",
            "Demo for the production team", "Meet the purchasing manager", "Follow up on the trial");
    private static final String[] CURRENCIES = {"EUR", "USD", "GBP", "CHF"};
    private static final BigDecimal[] RATES = {BigDecimal.ONE, new BigDecimal("1.08"), new BigDecimal("0.85"), new BigDecimal("0.94")};
    private static final BigDecimal[] DISCOUNTS = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("5"),
            new BigDecimal("10"), new BigDecimal("12.5")};

    final int company;
    final long contactId;
    final String currency;
    final Stages pipeline;
    /** The stages it went through, the current one last, and when it entered each (epoch seconds). */
    final Stage[] path;
    final long[] entered;
    final long createdAt;
    final LocalDate expectedClose;
    final Long closingReasonId;
    final String name;
    final String nextStep;
    final LocalDate nextStepDate;
    final boolean important;
    final DealLineForm[] lines;
    final BigDecimal amount;

    DealDraw(SplittableRandom random, DealsContext context, boolean keyAccount) {
        company = random.nextInt(context.customers().count());
        contactId = context.customers().contact(company, random.nextInt());
        int currencyIndex = pickCurrency(random.nextInt(100));
        currency = CURRENCIES[currencyIndex];
        long now = context.now().getEpochSecond();
        int roll = random.nextInt(100);
        pipeline = keyAccount ? context.pipelines().keyAccounts() : context.pipelines().sales();
        List<Stage> open = pipeline.open();
        Stage last;
        if (keyAccount || roll < 16) {
            createdAt = now - (keyAccount ? 30 : 5) * DAY - random.nextLong((keyAccount ? 330 : 200) * DAY);
            int stages = 1 + random.nextInt(open.size());
            path = open.subList(0, stages).toArray(Stage[]::new);
            entered = times(random, createdAt, now - 3_600, stages);
            last = path[stages - 1];
        }
        else {
            boolean won = roll < 52;
            createdAt = now - 14 * DAY - random.nextLong(1_080 * DAY);
            long closed = Math.min(now - DAY, createdAt + 3 * DAY + random.nextLong(150 * DAY));
            int openStages = won ? Math.max(1, open.size() - random.nextInt(open.size())) : 1 + random.nextInt(open.size());
            path = Arrays.copyOf(open.subList(0, openStages).toArray(Stage[]::new), openStages + 1);
            last = won ? pipeline.won() : pipeline.lost();
            path[openStages] = last;
            entered = times(random, createdAt, closed, openStages + 1);
            entered[openStages] = closed;
        }
        long stageEntered = entered[entered.length - 1];
        LocalDate today = LocalDate.ofEpochDay(Math.floorDiv(now, DAY));
        if (last.outcome() == StageOutcome.OPEN) {
            expectedClose = today.plusDays(random.nextInt(170) - 20);
            boolean planned = random.nextInt(10) < 7;
            nextStep = planned ? NEXT_STEPS.get(random.nextInt(NEXT_STEPS.size())) : null;
            nextStepDate = planned ? today.plusDays(random.nextInt(35) - 5) : null;
            closingReasonId = null;
        }
        else {
            expectedClose = LocalDate.ofInstant(Instant.ofEpochSecond(stageEntered), ZoneOffset.UTC);
            nextStep = null;
            nextStepDate = null;
            long[] reasons = last.outcome() == StageOutcome.WON ? context.pipelines().successReasons() : context.pipelines().failureReasons();
            closingReasonId = reasons.length == 0 ? null : reasons[random.nextInt(reasons.length)];
        }
        important = random.nextInt(100) < (keyAccount ? 20 : 4);
        String offer = OFFERS.get(random.nextInt(OFFERS.size()));
        lines = new DealLineForm[1 + random.nextInt(3)];
        CurrencyCode code = CurrencyCode.of(currency);
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < lines.length; i++) {
            lines[i] = line(random, context.products(), RATES[currencyIndex]);
            total = total.add(lines[i].amount(code).amount());
        }
        amount = total;
        String title = offer + " – " + lines[0].description();
        name = title.length() > 200 ? title.substring(0, 200) : title;
    }

    Stage stage() {
        return path[path.length - 1];
    }

    long stageEnteredAt() {
        return entered[entered.length - 1];
    }

    private static DealLineForm line(SplittableRandom random, DealProducts products, BigDecimal rate) {
        int product = random.nextInt(products.count());
        BigDecimal price = products.price(product).multiply(rate).setScale(2, java.math.RoundingMode.HALF_UP);
        double value = price.doubleValue();
        int quantity = value > 10_000 ? 1 + random.nextInt(3) : value > 1_000 ? 1 + random.nextInt(10)
                : value > 100 ? 1 + random.nextInt(40) : 10 * (1 + random.nextInt(50));
        return new DealLineForm(products.id(product), products.name(product), BigDecimal.valueOf(quantity), price,
                DISCOUNTS[random.nextInt(DISCOUNTS.length)]);
    }

    /** Ascending moments from {@code from} (the first) to before {@code to}, one per stage entered. */
    private static long[] times(SplittableRandom random, long from, long to, int count) {
        long[] times = new long[count];
        times[0] = from;
        for (int i = 1; i < count; i++) {
            times[i] = from + 60 + random.nextLong(Math.max(1, to - from - 60));
        }
        Arrays.sort(times, 1, count);
        return times;
    }

    private static int pickCurrency(int percentile) {
        return percentile < 82 ? 0 : percentile < 90 ? 1 : percentile < 96 ? 2 : 3;
    }
}
