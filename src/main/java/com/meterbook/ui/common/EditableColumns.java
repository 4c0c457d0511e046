package com.meterbook.ui.common;

import javafx.css.PseudoClass;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;

/** Text columns over {@link EditRow}s that commit into the row, and rows marked {@code :invalid} with their problem as tooltip. */
public final class EditableColumns {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private EditableColumns() {
    }

    public static void text(TableColumn<EditRow, String> column, String field) {
        column.setCellValueFactory(c -> c.getValue().field(field));
        column.setCellFactory(TextFieldTableCell.forTableColumn());
        column.setOnEditCommit(e -> e.getRowValue().field(field).set(e.getNewValue() == null ? "" : e.getNewValue().strip()));
        column.setEditable(true);
    }

    /** Marks bad rows with the {@code :invalid} pseudo-class and shows the problem as the row's tooltip. */
    public static void markProblems(TableView<EditRow> table) {
        table.setRowFactory(t -> new TableRow<>() {
            private final Tooltip tip = new Tooltip();
            private final javafx.beans.value.ChangeListener<String> onProblem = (o, old, now) -> update(getItem());
            private EditRow watched;

            {
                tip.setWrapText(true);
                tip.setMaxWidth(520);
            }

            @Override
            protected void updateItem(EditRow item, boolean empty) {
                super.updateItem(item, empty);
                if (watched != null) {
                    watched.problemProperty().removeListener(onProblem);
                }
                watched = empty ? null : item;
                if (watched != null) {
                    watched.problemProperty().addListener(onProblem);
                }
                update(watched);
            }

            private void update(EditRow item) {
                boolean bad = item != null && item.bad();
                pseudoClassStateChanged(INVALID, bad);
                tip.setText(bad ? item.problem() : "");
                setTooltip(bad ? tip : null);
            }
        });
    }
}
