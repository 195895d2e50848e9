package io.livechat.report.view;

import io.livechat.report.boundary.ReportRow;
import io.livechat.report.boundary.ReportSort;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The report's handover table, lazily: each page (25 rows) is sorted and read in the database; the count
 * is the report's "requested" figure, which counts the same handovers.
 */
public class ReportTable extends LazyDataModel<ReportRow> {

    private static final long serialVersionUID = 1L;

    private final Rows rows;
    private final long total;

    ReportTable(Rows rows, long total) {
        this.rows = rows;
        this.total = total;
    }

    /** Reads a page of the report's handovers in an order. */
    @FunctionalInterface
    interface Rows extends Serializable {
        List<ReportRow> read(ReportSort sort, boolean ascending, int first, int size);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, total);
    }

    @Override
    public List<ReportRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        boolean ascending = sort != null && sort.getOrder() == SortOrder.ASCENDING;
        return rows.read(ReportsBacking.sortOf(sort == null ? null : sort.getField()), ascending, first, pageSize);
    }

    @Override
    public String getRowKey(ReportRow row) {
        return String.valueOf(row.handoverId());
    }

    @Override
    public ReportRow getRowData(String rowKey) {
        return getWrappedData().stream().filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
    }
}
