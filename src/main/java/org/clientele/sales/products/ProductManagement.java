package org.clientele.sales.products;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.clientele.shared.ConflictException;
import org.clientele.shared.CursorPage;
import org.clientele.shared.CurrencyCode;
import org.clientele.shared.PageRequest;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.data.domain.Limit;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The product catalogue: creating, changing and deleting products, moving them through the
 * tracker's stages with a dated history, and listing them. Products are shared by everyone who
 * may read sales records; there is no owner. A product a price list or another area uses
 * ({@link ProductUsage}) is not deleted (409): it is taken off sale instead (decision 0013).
 */
@Service
public class ProductManagement {

    static final String RECORD_TYPE = "Product";

    private final Products products;
    private final ProductStageChanges history;
    private final ProductList list;
    private final ProductCategories categories;
    private final PriceListEntries entries;
    private final List<ProductUsage> usages;

    ProductManagement(Products products, ProductStageChanges history, ProductList list, ProductCategories categories,
            PriceListEntries entries, List<ProductUsage> usages) {
        this.products = products;
        this.history = history;
        this.list = list;
        this.categories = categories;
        this.entries = entries;
        this.usages = usages;
    }

    /** An empty form: goods on sale, in development, priced in the given currency. */
    public ProductForm newForm(String currency) {
        return new ProductForm(null, null, ProductKind.GOODS, null, "piece", null, currency, true, null, ProductStage.DEVELOPMENT);
    }

    /**
     * @param creatorId who creates it; its first stage is recorded as entered by them
     * @throws org.clientele.shared.InvalidInputException naming every field at fault
     */
    @Transactional
    public ProductView create(long creatorId, ProductForm form) {
        ProductForm checked = checked(form, null);
        Instant now = Instant.now();
        Product product = products.saveAndFlush(new Product(checked, creatorId, now));
        history.save(new ProductStageChange(product.getId(), product.getStage(), now, creatorId));
        return product.toView();
    }

    @Transactional(readOnly = true)
    public Optional<ProductView> find(long id) {
        return products.findById(id).map(Product::toView);
    }

    /**
     * Changes every field; a new stage closes the current one in the history and opens the next.
     *
     * @param expectedVersion the version the change was made from, or {@code null} to skip that check
     * @throws ObjectOptimisticLockingFailureException if it was changed since that version
     */
    @Transactional
    public ProductView change(long id, ProductForm form, Long expectedVersion, long userId) {
        Product product = existing(id);
        if (expectedVersion != null && expectedVersion != product.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Product.class, id);
        }
        ProductForm checked = checked(form, id);
        Instant now = Instant.now();
        if (!checked.equals(product.toView().toForm())) {
            product.apply(checked, now);
            move(product, checked.stage(), userId, now);
            products.flush();
        }
        return product.toView();
    }

    /** Moves a product to another stage of the tracker; nothing happens when it is there already. */
    @Transactional
    public ProductView moveToStage(long id, ProductStage stage, long userId) {
        Product product = existing(id);
        move(product, stage, userId, Instant.now());
        products.flush();
        return product.toView();
    }

    /** Its stages, the current one first. */
    @Transactional(readOnly = true)
    public List<StageChangeView> stageHistory(long id) {
        existing(id);
        return history.findByProductIdOrderByEnteredAtDescIdDesc(id).stream().map(ProductStageChange::toView).toList();
    }

    /** Whether a price list or another area refers to it, so that it can only be taken off sale. */
    @Transactional(readOnly = true)
    public boolean inUse(long id) {
        return entries.existsByProductId(id) || usages.stream().anyMatch(usage -> usage.uses(id));
    }

    /** @throws ConflictException if it is used: take it off sale instead */
    @Transactional
    public void delete(long id) {
        Product product = existing(id);
        if (inUse(id)) {
            throw new ConflictException("products.in-use", List.of());
        }
        products.delete(product);
    }

    /** Takes a product off sale: forms stop offering it, what uses it keeps it. */
    @Transactional
    public ProductView withdraw(long id) {
        Product product = existing(id);
        product.withdraw(Instant.now());
        products.flush();
        return product.toView();
    }

    @Transactional(readOnly = true)
    public CursorPage<ProductSummary> list(ProductFilter filter, PageRequest page) {
        return list.list(filter, page);
    }

    /**
     * The product tracker: per stage, the products that entered it most recently first, at most
     * {@code limit} each, with how many there are in all.
     */
    @Transactional(readOnly = true)
    public Map<ProductStage, TrackerColumn> tracker(int limit) {
        Map<ProductStage, TrackerColumn> columns = new EnumMap<>(ProductStage.class);
        for (ProductStage stage : ProductStage.values()) {
            List<ProductView> shown = products.findByStageOrderByStageEnteredAtDescIdDesc(stage.name(), Limit.of(limit)).stream()
                    .map(Product::toView).toList();
            columns.put(stage, new TrackerColumn(stage, shown, shown.size() < limit ? shown.size() : products.countByStage(stage.name())));
        }
        return columns;
    }

    public static List<String> sorts() {
        return ProductList.SORTS;
    }

    public static String defaultSort() {
        return ProductList.DEFAULT_SORT;
    }

    private void move(Product product, ProductStage stage, long userId, Instant now) {
        if (product.moveTo(stage, now)) {
            history.findFirstByProductIdAndLeftAtIsNullOrderByIdDesc(product.getId()).ifPresent(current -> current.left(now));
            history.save(new ProductStageChange(product.getId(), stage, now, userId));
        }
    }

    private Product existing(long id) {
        return products.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }

    /** @param id the product being changed, {@code null} for a new one */
    private ProductForm checked(ProductForm form, Long id) {
        InputChecks checks = new InputChecks();
        String name = checks.requiredText("name", form.name(), 200);
        String code = checks.text("code", form.code(), 64);
        if (code != null) {
            code = code.toUpperCase(Locale.ROOT);
            if (code.chars().anyMatch(Character::isWhitespace)) {
                checks.reject("code", "validation.products.code-spaces");
            }
            else {
                Optional<Product> holder = products.findByCode(code);
                if (holder.isPresent() && !holder.get().getId().equals(id)) {
                    checks.reject("code", "validation.products.code-taken");
                }
            }
        }
        checks.required("kind", form.kind());
        String unit = checks.requiredText("unit", form.unit(), 30);
        CurrencyCode currency = checks.currency("currency", form.currency());
        checks.amount("price", form.price());
        if (form.categoryId() != null) {
            Optional<ProductCategory> category = categories.findById(form.categoryId());
            boolean kept = id != null && products.findById(id).map(product -> form.categoryId().equals(product.getCategoryId()))
                    .orElse(false);
            if (category.isEmpty() || (!kept && !category.get().toView().active())) {
                checks.reject("categoryId", "validation.products.category-unknown");
            }
        }
        checks.required("stage", form.stage());
        String description = checks.text("description", form.description(), 4000);
        checks.throwIfAny();
        return new ProductForm(name, code, form.kind(), description, unit, form.price(), currency.value(), form.onSale(),
                form.categoryId(), form.stage());
    }
}
