package org.clientele.sales.products;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clientele.shared.ConflictException;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Product categories: a tree of two levels. A category with sub-categories stays top-level; a
 * category is deleted only while no product and no sub-category uses it, otherwise it is
 * deactivated (forms stop offering it, products keep it).
 */
@Service
public class CategoryManagement {

    static final String RECORD_TYPE = "ProductCategory";

    private final ProductCategories categories;
    private final Products products;

    CategoryManagement(ProductCategories categories, Products products) {
        this.categories = categories;
        this.products = products;
    }

    /** Every category, each top-level one followed by its sub-categories, in position order. */
    @Transactional(readOnly = true)
    public List<CategoryView> tree() {
        List<CategoryView> all = categories.findAllByOrderByPositionAscIdAsc().stream().map(ProductCategory::toView).toList();
        List<CategoryView> ordered = new ArrayList<>();
        for (CategoryView top : all.stream().filter(CategoryView::topLevel).toList()) {
            ordered.add(top);
            all.stream().filter(child -> Long.valueOf(top.id()).equals(child.parentId())).forEach(ordered::add);
        }
        return ordered;
    }

    /** The active categories in tree order: what product forms offer. */
    @Transactional(readOnly = true)
    public List<CategoryView> offered() {
        return tree().stream().filter(CategoryView::active).toList();
    }

    /** Names of every category, inactive ones too, so that products show what they were given. */
    @Transactional(readOnly = true)
    public Map<Long, String> names() {
        Map<Long, String> names = new LinkedHashMap<>();
        tree().forEach(category -> names.put(category.id(), category.name()));
        return names;
    }

    @Transactional(readOnly = true)
    public java.util.Optional<CategoryView> find(long id) {
        return categories.findById(id).map(ProductCategory::toView);
    }

    /** @throws org.clientele.shared.InvalidInputException naming every field at fault */
    @Transactional
    public CategoryView create(CategoryForm form) {
        return categories.save(new ProductCategory(checked(form, null))).toView();
    }

    @Transactional
    public CategoryView change(long id, CategoryForm form) {
        ProductCategory category = existing(id);
        category.apply(checked(form, category));
        categories.flush();
        return category.toView();
    }

    /** @throws ConflictException while products or sub-categories use it */
    @Transactional
    public void delete(long id) {
        ProductCategory category = existing(id);
        if (categories.existsByParentId(id) || products.existsByCategoryId(id)) {
            throw new ConflictException("products.categories.in-use", List.of());
        }
        categories.delete(category);
    }

    /** Whether a product or a sub-category uses it, so that it can only be deactivated. */
    @Transactional(readOnly = true)
    public boolean inUse(long id) {
        return categories.existsByParentId(id) || products.existsByCategoryId(id);
    }

    /** The category and, for a top-level one, its sub-categories: what a list filtered by it shows. */
    @Transactional(readOnly = true)
    public List<Long> withChildren(long id) {
        List<Long> ids = new ArrayList<>(List.of(id));
        categories.findByParentId(id).forEach(child -> ids.add(child.getId()));
        return ids;
    }

    private ProductCategory existing(long id) {
        return categories.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }

    private CategoryForm checked(CategoryForm form, ProductCategory current) {
        InputChecks checks = new InputChecks();
        String name = checks.requiredText("name", form.name(), 100);
        if (form.parentId() != null) {
            ProductCategory parent = categories.findById(form.parentId()).orElse(null);
            if (parent == null || parent.getParentId() != null || (current != null && form.parentId().equals(current.getId()))) {
                checks.reject("parentId", "validation.products.category-parent");
            }
            else if (current != null && categories.existsByParentId(current.getId())) {
                checks.reject("parentId", "validation.products.category-has-children");
            }
        }
        if (form.position() < 0 || form.position() > 100000) {
            checks.reject("position", "validation.products.position-range");
        }
        checks.throwIfAny();
        return new CategoryForm(name, form.parentId(), form.position(), form.active());
    }
}
