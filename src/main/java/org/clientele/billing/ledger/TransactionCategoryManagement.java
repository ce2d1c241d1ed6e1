package org.clientele.billing.ledger;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.clientele.shared.ConflictException;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The small list of categories transactions are booked under, kept by administrators. Names are unique, whatever their case. */
@Service
public class TransactionCategoryManagement {

    static final String RECORD_TYPE = "TransactionCategory";
    private static final int MAX_NAME = 100;

    private final TransactionCategories categories;
    private final LedgerTransactions transactions;
    private final Clock clock = Clock.systemUTC();

    TransactionCategoryManagement(TransactionCategories categories, LedgerTransactions transactions) {
        this.categories = categories;
        this.transactions = transactions;
    }

    /** Every category by name, inactive ones included. */
    @Transactional(readOnly = true)
    public List<TransactionCategoryView> all() {
        return categories.findAllByOrderByNameAsc().stream().map(TransactionCategory::view).toList();
    }

    /** Names by id, for lists and exports. */
    @Transactional(readOnly = true)
    public Map<Long, String> names() {
        return all().stream().collect(Collectors.toMap(TransactionCategoryView::id, TransactionCategoryView::name));
    }

    @Transactional(readOnly = true)
    public Optional<TransactionCategoryView> find(long id) {
        return categories.findById(id).map(TransactionCategory::view);
    }

    /** @throws InvalidInputException on {@code name} when it is blank, too long or taken */
    @Transactional
    public TransactionCategoryView create(String name) {
        String checked = checkedName(name, null);
        return categories.save(new TransactionCategory(checked, clock.instant())).view();
    }

    @Transactional
    public TransactionCategoryView change(long id, String name, boolean active) {
        TransactionCategory category = categories.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
        category.change(checkedName(name, id), active, clock.instant());
        return category.view();
    }

    /** @throws ConflictException while transactions are booked under it (deactivate it instead) */
    @Transactional
    public void delete(long id) {
        TransactionCategory category = categories.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
        if (transactions.existsByCategoryId(id)) {
            throw new ConflictException("transaction-categories.in-use", List.of(String.valueOf(id)));
        }
        categories.delete(category);
    }

    /** The category named so, made if missing: for demo data. */
    @Transactional
    public TransactionCategoryView ensure(String name) {
        return categories.findByNameIgnoreCase(name).map(TransactionCategory::view).orElseGet(() -> create(name));
    }

    private String checkedName(String name, Long id) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            throw InvalidInputException.of("name", "validation.ledger.required");
        }
        if (stripped.length() > MAX_NAME) {
            throw InvalidInputException.of("name", "validation.ledger.too-long", MAX_NAME);
        }
        categories.findByNameIgnoreCase(stripped).map(TransactionCategory::getId).filter(other -> !other.equals(id))
                .ifPresent(other -> {
                    throw InvalidInputException.of("name", "validation.ledger.category-taken");
                });
        return stripped;
    }
}
