package com.meterbook.ui;

import atlantafx.base.theme.PrimerLight;
import com.meterbook.ui.common.ColumnWidths;
import com.meterbook.ui.common.DialogService;
import com.meterbook.ui.common.IntPreference;
import com.meterbook.ui.common.LedgerService;
import com.meterbook.ui.common.LedgerWatcher;
import com.meterbook.ui.common.TaskExecutor;
import com.meterbook.ui.closing.CloseView;
import com.meterbook.ui.closing.CloseViewModel;
import com.meterbook.ui.customers.CustomersView;
import com.meterbook.ui.customers.CustomersViewModel;
import com.meterbook.ui.dashboard.DashboardView;
import com.meterbook.ui.dashboard.DashboardViewModel;
import com.meterbook.ui.disputes.DisputesView;
import com.meterbook.ui.disputes.DisputesViewModel;
import com.meterbook.ui.dropfolder.DropFolderView;
import com.meterbook.ui.dropfolder.DropFolderViewModel;
import com.meterbook.ui.exceptions.ExceptionsView;
import com.meterbook.ui.exceptions.ExceptionsViewModel;
import com.meterbook.ui.importing.ImportView;
import com.meterbook.ui.importing.ImportViewModel;
import com.meterbook.ui.rates.RatesView;
import com.meterbook.ui.reports.ReportsView;
import com.meterbook.ui.reports.ReportsViewModel;
import com.meterbook.ui.rates.RatesViewModel;
import com.meterbook.ui.profiles.ProfilesView;
import com.meterbook.ui.profiles.ProfilesViewModel;
import com.meterbook.ui.shell.Page;
import com.meterbook.ui.shell.ShellView;
import com.meterbook.ui.shell.ShellViewModel;
import com.meterbook.ui.sources.SourcesView;
import com.meterbook.ui.sources.SourcesViewModel;
import com.meterbook.ui.start.StartView;
import com.meterbook.ui.start.StartViewModel;
import com.meterbook.ui.usage.UsageView;
import com.meterbook.ui.usage.UsageViewModel;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import com.meterbook.documents.DocumentPrinter;
import com.meterbook.documents.SystemPrinter;
import com.meterbook.ui.documents.DocumentsView;
import com.meterbook.ui.documents.DocumentsViewModel;
import com.meterbook.ui.documents.LetterheadViewModel;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.prefs.Preferences;

/**
 * The desktop's composition root: one ledger service, one task executor, one dialog service, the
 * change watcher and the screens wired to them. The application and the UI tests both build it.
 */
public final class Desktop implements AutoCloseable {

    /** How often the ledger's change stamp is read: the dashboard follows new records within about twice this. */
    public static final Duration POLL = Duration.ofMillis(800);

    private final ShellViewModel shell;
    private final LedgerWatcher watcher;
    private final SourcesViewModel sources;
    private final Parent root;
    private final DropFolderViewModel dropFolder;

    private Desktop(ShellViewModel shell, LedgerWatcher watcher, SourcesViewModel sources, Parent root, DropFolderViewModel dropFolder) {
        this.shell = shell;
        this.watcher = watcher;
        this.sources = sources;
        this.root = root;
        this.dropFolder = dropFolder;
    }

    /** The desktop with the user's own preferences (column widths, when the dashboard calls records stale). */
    public static Desktop create(LedgerService ledger, TaskExecutor executor, DialogService dialogs, Optional<Path> sampleFolder,
                                 LongSupplier nanoTime) {
        return create(ledger, executor, dialogs, sampleFolder, nanoTime, Preferences.userNodeForPackage(Desktop.class));
    }

    public static Desktop create(LedgerService ledger, TaskExecutor executor, DialogService dialogs, Optional<Path> sampleFolder,
                                 LongSupplier nanoTime, Preferences preferences) {
        return create(ledger, executor, dialogs, sampleFolder, nanoTime, preferences, () -> new SystemPrinter(true));
    }

    /** With {@code printers}: where the documents screen prints (a new one per action: the system's dialog is asked once per action). */
    public static Desktop create(LedgerService ledger, TaskExecutor executor, DialogService dialogs, Optional<Path> sampleFolder,
                                 LongSupplier nanoTime, Preferences preferences, Supplier<DocumentPrinter> printers) {
        ColumnWidths widths = new ColumnWidths(preferences.node("columns"));
        LedgerWatcher watcher = new LedgerWatcher(ledger, executor);
        ShellViewModel shell = new ShellViewModel(ledger, executor, dialogs);
        StartViewModel start = new StartViewModel(ledger, executor, dialogs, sampleFolder, nanoTime, shell::setUpDone);
        DashboardViewModel dashboard = new DashboardViewModel(ledger, executor, dialogs, watcher.stampProperty(),
                new IntPreference(preferences.node("dashboard"), "staleAfterMinutes", 5, 1, 24 * 60));
        ExceptionsViewModel exceptions = new ExceptionsViewModel(ledger, executor, dialogs, watcher.stampProperty());
        ImportViewModel importing = new ImportViewModel(ledger, executor, dialogs, nanoTime, files -> {
            exceptions.showFile(files.size() == 1 ? files.getFirst().getFileName().toString() : null);
            shell.show(Page.EXCEPTIONS);
        });
        shell.whenShown(Page.DASHBOARD, dashboard::setActive);
        CustomersViewModel customers = new CustomersViewModel(ledger, executor, dialogs, watcher.stampProperty());
        RatesViewModel rates = new RatesViewModel(ledger, executor, dialogs);
        shell.whenShown(Page.EXCEPTIONS, exceptions::setActive);
        dashboard.setOnOpenExceptions(() -> {
            exceptions.showFile(null);
            shell.show(Page.EXCEPTIONS);
        });
        shell.whenShown(Page.CUSTOMERS, customers::setActive);
        shell.whenShown(Page.RATES, rates::setActive);
        DropFolderViewModel dropFolder = new DropFolderViewModel(ledger, executor, dialogs);
        UsageViewModel usage = new UsageViewModel(ledger, executor, dialogs);
        CloseViewModel closing = new CloseViewModel(ledger, executor, dialogs);
        shell.whenShown(Page.CLOSE, closing::setActive);
        shell.whenShown(Page.USAGE, usage::setActive);
        SourcesViewModel sources = new SourcesViewModel(ledger, executor, dialogs);
        shell.whenShown(Page.SOURCES, sources::setActive);
        ProfilesViewModel profiles = new ProfilesViewModel(ledger, executor, dialogs);
        shell.whenShown(Page.PROFILES, profiles::setActive);
        shell.whenShown(Page.IMPORT, importing::setActive);
        ReportsViewModel reports = new ReportsViewModel(ledger, executor, dialogs);
        shell.whenShown(Page.REPORTS, reports::setActive);
        DisputesViewModel disputes = new DisputesViewModel(ledger, executor, dialogs);
        shell.whenShown(Page.DISPUTES, disputes::setActive);
        usage.setOnDisputeRecord(recordId -> {
            disputes.disputeRecord(recordId);
            shell.show(Page.DISPUTES);
        });
        DocumentsViewModel documents = new DocumentsViewModel(ledger, executor, dialogs, printers);
        shell.whenShown(Page.DOCUMENTS, documents::setActive);
        LetterheadViewModel letterhead = new LetterheadViewModel(ledger, executor, dialogs);
        Map<Page, Node> pages = Map.ofEntries(
                Map.entry(Page.START, new StartView(start, ledger.folder()).root()),
                Map.entry(Page.DASHBOARD, new DashboardView(dashboard, widths).root()),
                Map.entry(Page.IMPORT, new ImportView(importing, widths).withPanel(
                        "Drop folder: files saved into a watched folder import by themselves", new DropFolderView(dropFolder).root()).root()),
                Map.entry(Page.EXCEPTIONS, new ExceptionsView(exceptions, widths).root()),
                Map.entry(Page.USAGE, new UsageView(usage, widths).root()),
                Map.entry(Page.CUSTOMERS, new CustomersView(customers, widths).root()),
                Map.entry(Page.RATES, new RatesView(rates, widths).root()),
                Map.entry(Page.CLOSE, new CloseView(closing, widths).root()),
                Map.entry(Page.DISPUTES, new DisputesView(disputes, widths).root()),
                Map.entry(Page.SOURCES, new SourcesView(sources, widths).root()),
                Map.entry(Page.PROFILES, new ProfilesView(profiles).root()),
                Map.entry(Page.REPORTS, new ReportsView(reports, widths).root()),
                Map.entry(Page.DOCUMENTS, new DocumentsView(documents, letterhead, widths).root()));
        return new Desktop(shell, watcher, sources, new ShellView(shell, pages).root(), dropFolder);
    }

    /** Opens the ledger's first screen, follows its changes, pulls sources on their schedule and watches the drop folder. */
    public void start() {
        shell.open();
        watcher.start(POLL);
        sources.start();
        dropFolder.start();
    }

    public Parent root() {
        return root;
    }

    public ShellViewModel shell() {
        return shell;
    }

    /** A scene with the PrimerLight theme and Meterbook's own styles. */
    public static Scene scene(Parent root, double width, double height) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(Objects.requireNonNull(Desktop.class.getResource("meterbook.css")).toExternalForm());
        return scene;
    }

    @Override
    public void close() {
        sources.stop();
        dropFolder.close();
        watcher.close();
    }
}
