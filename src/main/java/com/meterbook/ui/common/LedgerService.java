package com.meterbook.ui.common;

import com.meterbook.billing.Balance;
import com.meterbook.domain.Customer;
import com.meterbook.domain.LedgerSettings;
import com.meterbook.ingest.FileRejectedException;
import com.meterbook.ingest.UsageFormat;
import com.meterbook.ledger.CycleStore;
import com.meterbook.ledger.DedupIndex;
import com.meterbook.ledger.ImportLog;
import com.meterbook.ledger.Ledger;
import com.meterbook.ledger.MasterDataStore;
import com.meterbook.ledger.ReportQueries;
import com.meterbook.ledger.ReportQueries.ChangeStamp;
import com.meterbook.operations.CalendarEdits;
import com.meterbook.operations.CustomerDetails;
import com.meterbook.operations.CustomerEdits;
import com.meterbook.operations.CycleClose;
import com.meterbook.operations.ExceptionActions;
import com.meterbook.operations.ExceptionQueue;
import com.meterbook.operations.UsageBrowser;
import com.meterbook.operations.UsageExplain;
import com.meterbook.operations.ImportProgress;
import com.meterbook.operations.ImportSummary;
import com.meterbook.operations.MasterDataImport;
import com.meterbook.operations.OpenCycle;
import com.meterbook.operations.RateEdits;
import com.meterbook.operations.Rerate;
import com.meterbook.operations.UsageActivity;
import com.meterbook.operations.UsageImport;

import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The desktop's one door to the ledger. Every method does I/O and is called from background work,
 * never from the UI thread. Usage imports run one at a time and share one deduplication index, which
 * each import brings up to date with the rows stored since the last.
 */
public class LedgerService {

    private final Ledger ledger;
    private final Clock clock;
    private final String actor;
    private final int chunkSize;
    private final DedupIndex index = new DedupIndex();
    private final ReentrantLock importLock = new ReentrantLock();
    private volatile Path sourcesConfig = com.meterbook.sources.SecretBox.defaultFolder();
    private volatile com.meterbook.sources.Backoff sourcesBackoff = com.meterbook.sources.Backoff.standard();

    public LedgerService(Ledger ledger, Clock clock, String actor, int chunkSize) {
        this.ledger = ledger;
        this.clock = clock;
        this.actor = actor;
        this.chunkSize = chunkSize;
    }

    public LedgerService(Ledger ledger, Clock clock, String actor) {
        this(ledger, clock, actor, UsageImport.DEFAULT_CHUNK);
    }

    public Path folder() {
        return ledger.folder();
    }

    public Clock clock() {
        return clock;
    }

    /** A ledger without customers has nothing to bill yet: the start screen offers the sample or a new ledger. */
    public boolean hasCustomers() {
        return ledger.inTransaction(s -> s.createNativeQuery("select count(*) from customer", Long.class).getSingleResult() > 0);
    }

    /** The stored settings, or the defaults a command would create them with. */
    public LedgerSettings settings() {
        return ledger.inTransaction(s -> new MasterDataStore(s).settings()).orElse(LedgerSettings.defaults(ZoneId.systemDefault()));
    }

    public void saveSettings(LedgerSettings settings) {
        ledger.run(s -> {
            new MasterDataStore(s).saveSettings(settings);
            new ImportLog(s).audit(clock.instant(), actor, "init", ledger.folder().toString(), settings.toString());
        });
    }

    public ChangeStamp changeStamp() {
        return ledger.inTransaction(s -> s.doReturningWork(c -> new ReportQueries(c).changeStamp()));
    }

    /** What the dashboard shows of one cycle, read in one transaction. */
    public record CycleSnapshot(YearMonth period, List<YearMonth> openPeriods, LedgerSettings settings,
                                List<Customer> customers, List<Balance> balances, ChangeStamp stamp) {
    }

    /**
     * The cycle to show: {@code wanted} if it is still open, else the earliest open cycle with
     * records (the next to close), else the current month.
     */
    public CycleSnapshot cycle(Optional<YearMonth> wanted) {
        ChangeStamp stamp = changeStamp();
        record Periods(Set<YearMonth> closed, List<YearMonth> open, LedgerSettings settings, List<Customer> customers) {
        }
        Periods p = ledger.inTransaction(s -> {
            CycleStore cycles = new CycleStore(s);
            Set<YearMonth> closed = cycles.closedPeriods();
            List<YearMonth> open = new ArrayList<>(new TreeSet<>(cycles.periodsWithRecords()));
            open.removeAll(closed);
            MasterDataStore master = new MasterDataStore(s);
            LedgerSettings settings = master.settings().orElse(LedgerSettings.defaults(ZoneId.systemDefault()));
            return new Periods(closed, open, settings, master.customers());
        });
        YearMonth period = wanted.filter(w -> !p.closed().contains(w))
                .orElseGet(() -> p.open().isEmpty() ? YearMonth.now(clock.withZone(p.settings().zone())) : p.open().getFirst());
        List<YearMonth> open = new ArrayList<>(p.open());
        if (!open.contains(period)) {
            open.add(period);
            open.sort(null);
        }
        List<Balance> balances = new CycleClose(ledger, clock, actor).balances(period);
        return new CycleSnapshot(period, List.copyOf(open), p.settings(), p.customers(), balances, stamp);
    }

    /** Imports one usage file; waits while another import runs. */
    public ImportSummary importUsage(Path file, UsageFormat format, ImportProgress progress) throws FileRejectedException {
        importLock.lock();
        try {
            return new UsageImport(ledger, clock, actor, index, chunkSize).importFile(file, format, progress);
        } finally {
            importLock.unlock();
        }
    }

    /** Imports one usage file through a saved mapping profile (by name); waits while another import runs. */
    public ImportSummary importUsage(Path file, String profile, ImportProgress progress) throws FileRejectedException {
        com.meterbook.ingest.MappingProfile mapping = mappingProfiles().get(profile);
        importLock.lock();
        try {
            return new UsageImport(ledger, clock, actor, index, chunkSize).importFile(file, mapping, progress);
        } finally {
            importLock.unlock();
        }
    }

    /** The drop folder setting, saved with an audit entry under this desktop's user. */
    public com.meterbook.operations.DropFolderConfig dropFolderConfig() {
        return new com.meterbook.operations.DropFolderConfig(ledger, clock, actor);
    }

    public MasterDataImport masterData() {
        return new MasterDataImport(ledger, clock, actor);
    }

    public CustomerDetails customerDetails() {
        return new CustomerDetails(ledger, clock);
    }

    public CustomerEdits customerEdits() {
        return new CustomerEdits(ledger, clock, actor);
    }

    public RateEdits rateEdits() {
        return new RateEdits(ledger, clock, actor);
    }

    /** Records rated today, the newest arrival and a cycle's records per day, for the dashboard. */
    public UsageActivity usageActivity() {
        return new UsageActivity(ledger, clock);
    }

    public CalendarEdits calendarEdits() {
        return new CalendarEdits(ledger, clock, actor);
    }

    /** Re-rates the open cycle that the dashboard shows first (the earliest open one with records). */
    public Rerate.Summary rerateOpenCycle() {
        YearMonth period = ledger.inTransaction(s -> OpenCycle.next(s, clock));
        return new Rerate(ledger, clock, actor).rerate(period);
    }

    /** What closing {@code period} would give now, per customer; refused as the close would be. */
    public List<CycleClose.PreviewLine> closePreview(YearMonth period) {
        return new CycleClose(ledger, clock, actor).preview(period);
    }

    /** Closes {@code period} in one transaction. */
    public List<Balance> closeCycle(YearMonth period) {
        return new CycleClose(ledger, clock, actor).close(period);
    }

    /** Where the key that seals source passwords is; the user's config folder unless set (tests set a temporary one). */
    public LedgerService sourcesConfig(Path folder) {
        this.sourcesConfig = folder;
        return this;
    }

    /** How pulls retry a dropped connection; tests make it quick. */
    public LedgerService sourcesBackoff(com.meterbook.sources.Backoff backoff) {
        this.sourcesBackoff = backoff;
        return this;
    }

    /** The pull sources, their files imported as {@link #importUsage} imports (one at a time, one dedup index). */
    public com.meterbook.operations.SourceDesk sources() {
        return new com.meterbook.operations.SourceDesk(ledger, () -> com.meterbook.sources.SecretBox.open(sourcesConfig),
                (file, format) -> importUsage(file, format, ImportProgress.NONE), clock, actor, sourcesBackoff);
    }

    public ExceptionQueue exceptionQueue() {
        return new ExceptionQueue(ledger);
    }

    /** The exception actions, audited under this desktop's user. */
    public ExceptionActions exceptionActions() {
        return new ExceptionActions(ledger, clock, actor);
    }

    public com.meterbook.operations.RegulatoryReport regulatoryReport() {
        return new com.meterbook.operations.RegulatoryReport(ledger, clock);
    }

    public UsageBrowser usageBrowser() {
        return new UsageBrowser(ledger);
    }

    public com.meterbook.operations.MappingProfiles mappingProfiles() {
        return new com.meterbook.operations.MappingProfiles(ledger, clock, actor);
    }

    /** Disputes and credit notes, each step done as this desktop's user. */
    public com.meterbook.operations.DisputeDesk disputes() {
        return new com.meterbook.operations.DisputeDesk(ledger, clock, actor);
    }

    public UsageExplain usageExplain() {
        return new UsageExplain(ledger);
    }

    /** Statements and invoices of a cycle as PDF. */
    public com.meterbook.operations.Documents documents() {
        return new com.meterbook.operations.Documents(ledger, clock);
    }

    /** The billing entities' letterheads, audited under this desktop's user. */
    public com.meterbook.operations.EntityProfiles entityProfiles() {
        return new com.meterbook.operations.EntityProfiles(ledger, clock, actor);
    }
}
