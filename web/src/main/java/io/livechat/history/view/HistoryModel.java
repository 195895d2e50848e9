package io.livechat.history.view;

import io.livechat.history.boundary.HistoryResults;
import io.livechat.history.boundary.HistoryRow;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The history's results for the lazy table: each page is a slice of the search's conversations,
 * which the boundary finds once (and keeps briefly), so a page is one small query for what it shows.
 */
class HistoryModel extends LazyDataModel<HistoryRow> {

    private static final long serialVersionUID = 1L;

    private final HistoryBacking page;

    HistoryModel(HistoryBacking page) {
        this.page = page;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return page.getResults().total();
    }

    @Override
    public List<HistoryRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        HistoryResults results = page.search(first, pageSize);
        setRowCount(results.total());
        return results.rows();
    }

    @Override
    public String getRowKey(HistoryRow row) {
        return String.valueOf(row.conversationId());
    }
}
