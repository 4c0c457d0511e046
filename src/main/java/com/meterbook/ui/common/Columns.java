package com.meterbook.ui.common;

import com.meterbook.domain.Money;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.function.Function;

/** Table columns over record rows: text as is, money right-aligned as {@code RM 1,234.56} and sorted by amount. */
public final class Columns {

    private Columns() {
    }

    /** Shows {@code rows} sorted by the table's sort order, leaving the view model's list in its own order. */
    public static <S> void sortedItems(TableView<S> table, ObservableList<S> rows) {
        SortedList<S> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
    }

    public static <S, T> void value(TableColumn<S, T> column, Function<S, T> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }

    public static <S> void money(TableColumn<S, Money> column, Function<S, Money> value) {
        value(column, value);
        column.setComparator(Money::compareTo);
        if (!column.getStyleClass().contains("amount")) {
            column.getStyleClass().add("amount");
        }
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Money item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.format());
            }
        });
    }
}
