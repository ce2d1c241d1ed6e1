package org.clientele.sales.products;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.clientele.shared.Cursor;
import org.clientele.shared.CurrencyCode;
import org.clientele.shared.CursorPage;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.Money;
import org.clientele.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads pages of products with {@code JdbcClient}, by keyset: {@code (sort_name, id)} by name, and
 * the id alone by creation, since ids grow as products are created.
 */
@Component
class ProductList {

    static final String DEFAULT_SORT = "name";
    static final List<String> SORTS = List.of("name", "-name", "createdAt", "-createdAt");

    private static final String SELECT = "select p.id, p.name, p.sort_name, p.code, p.kind, p.unit, p.price, p.currency, "
            + "p.on_sale, p.category_id, c.name as category_name, p.stage "
            + "from products p left join product_categories c on c.id = p.category_id where 1 = 1";

    private final JdbcClient jdbc;
    private final CategoryManagement categories;

    ProductList(JdbcClient jdbc, CategoryManagement categories) {
        this.jdbc = jdbc;
        this.categories = categories;
    }

    CursorPage<ProductSummary> list(ProductFilter filter, PageRequest page) {
        if (!SORTS.contains(page.sort())) {
            throw InvalidInputException.of("sort", "validation.sort.unknown", String.join(", ", SORTS));
        }
        boolean byName = page.sortField().equals("name");
        StringBuilder sql = new StringBuilder(SELECT);
        List<Object> parameters = new ArrayList<>();
        where(filter, sql, parameters);
        String direction = page.descending() ? "desc" : "asc";
        String comparison = page.descending() ? "<" : ">";
        if (page.after() != null) {
            List<String> values = page.after().values();
            if (byName) {
                sql.append(" and (p.sort_name ").append(comparison).append(" ? or (p.sort_name = ? and p.id ").append(comparison)
                        .append(" ?))");
                parameters.add(values.get(0));
                parameters.add(values.get(0));
                parameters.add(parseId(values.get(values.size() - 1)));
            }
            else {
                sql.append(" and p.id ").append(comparison).append(" ?");
                parameters.add(parseId(values.get(0)));
            }
        }
        sql.append(byName ? " order by p.sort_name " + direction + ", p.id " + direction : " order by p.id " + direction);
        sql.append(" limit ?");
        parameters.add(page.rowsToRead());
        List<Row> rows = jdbc.sql(sql.toString()).params(parameters).query(this::row).list();
        return CursorPage.from(rows, page, row -> byName ? Cursor.of(page.sort(), row.sortName(), Long.toString(row.product().id()))
                : Cursor.of(page.sort(), Long.toString(row.product().id()))).map(Row::product);
    }

    private void where(ProductFilter filter, StringBuilder sql, List<Object> parameters) {
        if (filter.q() != null && !filter.q().isBlank()) {
            String text = filter.q().strip();
            sql.append(" and (p.sort_name like ? or p.code like ?)");
            parameters.add("%" + escaped(text.toLowerCase(Locale.ROOT)) + "%");
            parameters.add(escaped(text.toUpperCase(Locale.ROOT)) + "%");
        }
        if (filter.categoryId() != null) {
            List<Long> ids = categories.withChildren(filter.categoryId());
            sql.append(" and p.category_id in (").append(String.join(", ", ids.stream().map(id -> "?").toList())).append(')');
            parameters.addAll(ids);
        }
        if (filter.kind() != null) {
            sql.append(" and p.kind = ?");
            parameters.add(filter.kind().name());
        }
        if (filter.onSale() != null) {
            sql.append(" and p.on_sale = ?");
            parameters.add(filter.onSale());
        }
        if (filter.stage() != null) {
            sql.append(" and p.stage = ?");
            parameters.add(filter.stage().name());
        }
    }

    /** Like patterns take the text literally: both vendors treat backslash as the escape character. */
    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static long parseId(String value) {
        try {
            return Long.parseLong(value);
        }
        catch (NumberFormatException ex) {
            throw InvalidInputException.of("cursor", "validation.cursor.invalid");
        }
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        long category = rs.getLong("category_id");
        Long categoryId = rs.wasNull() ? null : category;
        return new Row(new ProductSummary(rs.getLong("id"), rs.getString("name"), rs.getString("code"),
                ProductKind.valueOf(rs.getString("kind")), rs.getString("unit"),
                new Money(rs.getBigDecimal("price"), CurrencyCode.of(rs.getString("currency"))), rs.getBoolean("on_sale"),
                categoryId, rs.getString("category_name"), ProductStage.valueOf(rs.getString("stage"))),
                rs.getString("sort_name"));
    }

    private record Row(ProductSummary product, String sortName) {
    }
}
