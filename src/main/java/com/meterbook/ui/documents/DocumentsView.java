package com.meterbook.ui.documents;

import com.meterbook.domain.Money;
import com.meterbook.ui.common.ColumnWidths;
import com.meterbook.ui.common.Columns;
import com.meterbook.ui.common.Fxml;
import com.meterbook.ui.common.TableCopy;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.util.StringConverter;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.YearMonth;

/** Binds Documents.fxml to its view models: the cycle's documents, the preview and the letterhead panel. */
public final class DocumentsView {

    private final DocumentsViewModel model;
    private final LetterheadViewModel letterhead;
    private final ColumnWidths widths;
    private final Parent root;

    @FXML private ComboBox<YearMonth> periodBox;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private TableView<DocumentRow> table;
    @FXML private TableColumn<DocumentRow, String> accountColumn;
    @FXML private TableColumn<DocumentRow, String> nameColumn;
    @FXML private TableColumn<DocumentRow, String> invoiceColumn;
    @FXML private TableColumn<DocumentRow, Money> totalColumn;
    @FXML private TableColumn<DocumentRow, Money> carriedColumn;
    @FXML private ChoiceBox<DocumentsViewModel.Kind> kindBox;
    @FXML private Button previewButton;
    @FXML private Button saveButton;
    @FXML private Button printButton;
    @FXML private Button printAllButton;
    @FXML private Button exportButton;
    @FXML private ProgressBar progressBar;
    @FXML private Button cancelButton;
    @FXML private Label statusLabel;
    @FXML private Button previousButton;
    @FXML private Button nextButton;
    @FXML private Label pageLabel;
    @FXML private ImageView pageView;
    @FXML private javafx.scene.control.ScrollPane scroll;
    @FXML private TitledPane letterheadPane;
    @FXML private ComboBox<String> entityBox;
    @FXML private TextField entityName;
    @FXML private TextArea entityAddress;
    @FXML private TextField entityTaxId;
    @FXML private TextField entityDays;
    @FXML private ImageView logoView;
    @FXML private Button logoButton;
    @FXML private Button noLogoButton;
    @FXML private Button saveEntityButton;
    @FXML private Label entityStatus;

    public DocumentsView(DocumentsViewModel model, LetterheadViewModel letterhead, ColumnWidths widths) {
        this.model = model;
        this.letterhead = letterhead;
        this.widths = widths;
        this.root = Fxml.load(this, "Documents.fxml");
    }

    @FXML
    private void initialize() {
        periodBox.setItems(model.periods());
        periodBox.valueProperty().bindBidirectional(model.periodProperty());
        busyIndicator.visibleProperty().bind(model.busyProperty());
        Columns.value(accountColumn, DocumentRow::account);
        Columns.value(nameColumn, DocumentRow::name);
        Columns.value(invoiceColumn, DocumentRow::invoice);
        Columns.money(totalColumn, DocumentRow::total);
        Columns.money(carriedColumn, DocumentRow::carried);
        Columns.sortedItems(table, model.rows());
        TableCopy.install(table);
        widths.remember(table, "documents-table");
        model.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        kindBox.setItems(FXCollections.observableArrayList(DocumentsViewModel.Kind.values()));
        kindBox.valueProperty().bindBidirectional(model.kindProperty());
        kindBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(DocumentsViewModel.Kind k) {
                return k == null ? "" : k == DocumentsViewModel.Kind.INVOICE ? "Invoice" : "Statement";
            }

            @Override
            public DocumentsViewModel.Kind fromString(String s) {
                return "Invoice".equals(s) ? DocumentsViewModel.Kind.INVOICE : DocumentsViewModel.Kind.STATEMENT;
            }
        });
        var nothingChosen = table.getSelectionModel().selectedItemProperty().isNull().or(model.busyProperty());
        previewButton.disableProperty().bind(nothingChosen);
        saveButton.disableProperty().bind(nothingChosen);
        printButton.disableProperty().bind(nothingChosen);
        printAllButton.disableProperty().bind(model.periodProperty().isNull().or(model.busyProperty()));
        exportButton.disableProperty().bind(model.periodProperty().isNull().or(model.busyProperty()));
        cancelButton.disableProperty().bind(model.busyProperty().not());
        previewButton.setOnAction(e -> model.preview());
        saveButton.setOnAction(e -> model.savePdf());
        printButton.setOnAction(e -> model.print());
        printAllButton.setOnAction(e -> model.printAll());
        exportButton.setOnAction(e -> model.exportAll());
        cancelButton.setOnAction(e -> model.cancel());
        progressBar.progressProperty().bind(model.progressProperty());
        statusLabel.textProperty().bind(model.statusProperty());
        previousButton.setOnAction(e -> model.previousPage());
        nextButton.setOnAction(e -> model.nextPage());
        previousButton.disableProperty().bind(model.pageIndexProperty().lessThanOrEqualTo(0).or(model.busyProperty()));
        nextButton.disableProperty().bind(model.pageIndexProperty().greaterThanOrEqualTo(model.pageCountProperty().subtract(1))
                .or(model.busyProperty()));
        pageLabel.textProperty().bind(Bindings.createStringBinding(() -> model.pageCountProperty().get() == 0 ? ""
                : "Page " + (model.pageIndexProperty().get() + 1) + " of " + model.pageCountProperty().get(),
                model.pageIndexProperty(), model.pageCountProperty()));
        model.pageProperty().addListener((o, old, now) -> pageView.setImage(now == null ? null : image(now)));
        pageView.fitWidthProperty().bind(scroll.widthProperty().subtract(24));
        bindLetterhead();
    }

    private void bindLetterhead() {
        letterheadPane.expandedProperty().addListener((o, old, open) -> {
            if (open) {
                letterhead.load();
            }
        });
        entityBox.setItems(letterhead.entities());
        entityBox.valueProperty().bindBidirectional(letterhead.entityProperty());
        entityName.textProperty().bindBidirectional(letterhead.nameProperty());
        entityAddress.textProperty().bindBidirectional(letterhead.addressProperty());
        entityTaxId.textProperty().bindBidirectional(letterhead.taxIdProperty());
        entityDays.textProperty().bindBidirectional(letterhead.paymentDaysProperty());
        letterhead.logoProperty().addListener((o, old, now) ->
                logoView.setImage(now.map(bytes -> new Image(new ByteArrayInputStream(bytes))).orElse(null)));
        logoButton.setOnAction(e -> letterhead.chooseLogo());
        noLogoButton.setOnAction(e -> letterhead.removeLogo());
        saveEntityButton.setOnAction(e -> letterhead.save());
        entityStatus.textProperty().bind(letterhead.statusProperty());
    }

    /** A rendered page as an FX image, pixel for pixel. */
    static Image image(BufferedImage page) {
        int w = page.getWidth();
        int h = page.getHeight();
        int[] argb = page.getRGB(0, 0, w, h, null, 0, w);
        WritableImage image = new WritableImage(w, h);
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return image;
    }

    public Parent root() {
        return root;
    }
}
