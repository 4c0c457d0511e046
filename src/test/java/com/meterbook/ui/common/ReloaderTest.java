package com.meterbook.ui.common;

import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Coalescing: a request during a load runs exactly one more load afterwards, however many came. */
class ReloaderTest {

    /** Holds started tasks until the test finishes them, one at a time, as a slow ledger would. */
    static final class HeldTasks implements TaskExecutor {
        final Deque<Runnable> held = new ArrayDeque<>();

        @Override
        public <V> BackgroundTask<V> execute(BackgroundTask<V> task) {
            task.started();
            held.add(() -> {
                try {
                    task.succeeded(task.call(null));
                } catch (Exception e) {
                    task.failed(e);
                }
            });
            return task;
        }

        void finishNext() {
            held.poll().run();
        }

        @Override
        public Cancellable every(Duration period, Runnable action) {
            return () -> { };
        }

        @Override
        public void close() {
        }
    }

    private final HeldTasks executor = new HeldTasks();
    private final AtomicInteger loads = new AtomicInteger();
    private final List<Integer> shown = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();
    private int state;
    private boolean failNext;
    private final Reloader<Integer> reloader = new Reloader<>(executor, () -> {
        int asked = state;
        return context -> {
            loads.incrementAndGet();
            if (failNext) {
                failNext = false;
                throw new IllegalStateException("ledger gone");
            }
            return asked;
        };
    }, shown::add, failures::add);

    @Test
    void requestsDuringALoadRunExactlyOneMoreLoadWithTheLatestState() {
        reloader.request();
        assertThat(reloader.loadingProperty().get()).isTrue();
        state = 1;
        reloader.request();
        state = 2;
        reloader.request();
        reloader.request();
        assertThat(executor.held).as("one load at a time").hasSize(1);

        executor.finishNext();
        assertThat(shown).containsExactly(0);
        assertThat(executor.held).as("exactly one more").hasSize(1);
        assertThat(reloader.loadingProperty().get()).isTrue();

        executor.finishNext();
        assertThat(shown).containsExactly(0, 2);
        assertThat(executor.held).isEmpty();
        assertThat(loads.get()).isEqualTo(2);
        assertThat(reloader.loadingProperty().get()).isFalse();
    }

    @Test
    void aRequestAfterALoadEndedLoadsAtOnce() {
        reloader.request();
        executor.finishNext();
        reloader.request();
        assertThat(executor.held).hasSize(1);
        executor.finishNext();
        assertThat(shown).containsExactly(0, 0);
    }

    @Test
    void followsChangesOnlyWhileActiveAndOnlyWhenTheyDifferFromWhatIsShown() {
        SimpleObjectProperty<String> stamp = new SimpleObjectProperty<>("s1");
        reloader.follow(stamp);
        stamp.set("s2");
        assertThat(executor.held).as("hidden: nothing loads").isEmpty();

        reloader.setActive(true);
        executor.finishNext();
        assertThat(loads.get()).isEqualTo(1);

        stamp.set("s3");
        stamp.set("s4");
        assertThat(executor.held).hasSize(1);
        executor.finishNext();
        assertThat(executor.held).as("s4 arrived while s3 loaded: one more").hasSize(1);
        executor.finishNext();
        assertThat(loads.get()).isEqualTo(3);

        stamp.set("s5");
        stamp.set("s4");
        assertThat(executor.held).as("s5 loads; going back to s4 while it loads is a change again").hasSize(1);
        executor.finishNext();
        executor.finishNext();
        assertThat(loads.get()).isEqualTo(5);

        reloader.setActive(false);
        stamp.set("s6");
        assertThat(executor.held).isEmpty();
    }

    @Test
    void hidingDropsTheRemainingRequestButLetsTheLoadFinish() {
        reloader.setActive(true);
        reloader.request();
        reloader.setActive(false);
        executor.finishNext();
        assertThat(shown).containsExactly(0);
        assertThat(executor.held).isEmpty();
    }

    @Test
    void aFailedLoadIsReportedAndDropsTheRequestThatWaitedForIt() {
        failNext = true;
        reloader.request();
        reloader.request();
        executor.finishNext();
        assertThat(failures).singleElement().extracting(Throwable::getMessage).isEqualTo("ledger gone");
        assertThat(executor.held).isEmpty();
        assertThat(reloader.loadingProperty().get()).isFalse();

        reloader.request();
        executor.finishNext();
        assertThat(shown).containsExactly(0);
    }
}
