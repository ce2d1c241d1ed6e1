package org.clientele.sales.products;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.clientele.customers.ReferenceDataManagement;
import org.clientele.customers.ReferenceEntry;
import org.clientele.customers.ReferenceKind;
import org.clientele.shared.CurrencyCode;
import org.clientele.shared.Cursor;
import org.clientele.shared.CursorPage;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.Money;
import org.clientele.shared.PageRequest;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.data.domain.Limit;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Price lists: prices of products in one currency, for one company type or for every customer,
 * valid between optional dates. {@link ProductCatalog#priceFor} decides which list's price applies.
 */
@Service
public class PriceListManagement {

    static final String RECORD_TYPE = "PriceList";
    static final String SORT = "createdAt";

    private final PriceLists priceLists;
    private final Products products;
    private final ReferenceDataManagement referenceData;

    PriceListManagement(PriceLists priceLists, Products products, ReferenceDataManagement referenceData) {
        this.priceLists = priceLists;
        this.products = products;
        this.referenceData = referenceData;
    }

    /** @throws org.clientele.shared.InvalidInputException naming every field at fault, entries as {@code entries[i].price} */
    @Transactional
    public PriceListView create(PriceListForm form) {
        return view(priceLists.saveAndFlush(new PriceList(checked(form, null))));
    }

    @Transactional(readOnly = true)
    public Optional<PriceListView> find(long id) {
        return priceLists.findById(id).map(this::view);
    }

    /** @throws ObjectOptimisticLockingFailureException if it was changed since the expected version */
    @Transactional
    public PriceListView change(long id, PriceListForm form, Long expectedVersion) {
        PriceList list = existing(id);
        if (expectedVersion != null && expectedVersion != list.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(PriceList.class, id);
        }
        list.apply(checked(form, list));
        priceLists.flush();
        return view(list);
    }

    @Transactional
    public void delete(long id) {
        priceLists.delete(existing(id));
    }

    /** One page of price lists in the order they were made ({@code createdAt}, by id). */
    @Transactional(readOnly = true)
    public CursorPage<PriceListView> list(PageRequest page) {
        long after = page.after() == null ? 0 : cursorId(page.after().values().get(0));
        List<PriceListView> rows = priceLists.findByIdGreaterThanOrderByIdAsc(after, Limit.of(page.rowsToRead())).stream()
                .map(this::view).toList();
        return CursorPage.from(rows, page, row -> Cursor.of(SORT, Long.toString(row.id())));
    }

    private static long cursorId(String value) {
        try {
            return Long.parseLong(value);
        }
        catch (NumberFormatException ex) {
            throw InvalidInputException.of("cursor", "validation.cursor.invalid");
        }
    }

    private PriceList existing(long id) {
        return priceLists.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }

    private PriceListView view(PriceList list) {
        Map<Long, Product> named = products.findByIdIn(list.getEntries().stream().map(PriceListEntry::getProductId).toList())
                .stream().collect(Collectors.toMap(Product::getId, Function.identity()));
        CurrencyCode currency = CurrencyCode.of(list.getCurrency());
        List<PriceListView.Entry> entries = list.getEntries().stream()
                .map(entry -> {
                    ProductView product = named.get(entry.getProductId()).toView();
                    return new PriceListView.Entry(entry.getProductId(), product.name(), product.code(),
                            new Money(entry.getPrice(), currency));
                })
                .sorted(Comparator.comparing(entry -> entry.productName().toLowerCase(Locale.ROOT)))
                .toList();
        return new PriceListView(list.getId(), list.getVersion(), list.getName(), currency, list.getCompanyTypeId(),
                list.getValidFrom(), list.getValidTo(), list.isActive(), entries, list.getCreatedAt(), list.getUpdatedAt());
    }

    /** @param current the list before the change, {@code null} for a new one */
    private PriceListForm checked(PriceListForm form, PriceList current) {
        InputChecks checks = new InputChecks();
        String name = checks.requiredText("name", form.name(), 100);
        CurrencyCode currency = checks.currency("currency", form.currency());
        if (form.companyTypeId() != null) {
            Optional<ReferenceEntry> type = referenceData.find(ReferenceKind.COMPANY_TYPE, form.companyTypeId());
            boolean kept = current != null && form.companyTypeId().equals(current.getCompanyTypeId());
            if (type.isEmpty() || (!kept && !type.get().active())) {
                checks.reject("companyTypeId", "validation.products.company-type-unknown");
            }
        }
        if (form.validFrom() != null && form.validTo() != null && form.validTo().isBefore(form.validFrom())) {
            checks.reject("validTo", "validation.products.valid-to-before-from");
        }
        Set<Long> seen = new HashSet<>();
        Set<Long> known = products.findByIdIn(form.entries().stream().map(PriceListForm.Entry::productId)
                .filter(Objects::nonNull).toList()).stream().map(Product::getId).collect(Collectors.toSet());
        for (int i = 0; i < form.entries().size(); i++) {
            PriceListForm.Entry entry = form.entries().get(i);
            String field = "entries[" + i + "]";
            if (entry.productId() == null || !known.contains(entry.productId())) {
                checks.reject(field + ".productId", "validation.products.product-unknown");
            }
            else if (!seen.add(entry.productId())) {
                checks.reject(field + ".productId", "validation.products.product-twice");
            }
            checks.amount(field + ".price", entry.price());
        }
        checks.throwIfAny();
        return new PriceListForm(name, currency.value(), form.companyTypeId(), form.validFrom(), form.validTo(), form.active(),
                form.entries());
    }
}
