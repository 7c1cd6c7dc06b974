package org.assetatlas.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import org.assetatlas.util.ArchitectureException;
import org.assetatlas.util.CancelledException;
import org.assetatlas.util.Progress;

/**
 * Runs long work (import, export, building the demo) off the FX thread, one job at a time, and reports its
 * progress through read-only properties for the status bar.
 *
 * <p>The work takes a plain {@link Progress}; here it is adapted to a {@link javafx.concurrent.Task} on an
 * executor the app owns, and every result, error and property change reaches the caller on the FX thread. {@link
 * #cancel()} asks the work to stop; {@link #runningProperty()} stays true until it actually has (a cancelled import
 * first rolls back). {@link #direct()} runs everything in the calling thread, for tests.
 */
@ArchitectureException(reason = "the one place in the UI that creates threads; everything else asks it for them")
public final class UiTasks implements AutoCloseable {

    /** A unit of background work. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    private final ExecutorService owned;
    private final ExecutorService quiet;
    private final Executor fx;
    private final boolean direct;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final AtomicBoolean cancelRequested = new AtomicBoolean();

    private UiTasks(ExecutorService owned, ExecutorService quiet, Executor fx, boolean direct) {
        this.owned = owned;
        this.quiet = quiet;
        this.fx = fx;
        this.direct = direct;
    }

    /** Background work on two daemon threads owned by this object; results on the FX thread. */
    public static UiTasks create() {
        return new UiTasks(Executors.newFixedThreadPool(2, daemons("atlas-worker-")),
                Executors.newCachedThreadPool(daemons("atlas-background-")), Platform::runLater, false);
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Runs work and callbacks at once in the calling thread (for tests without a toolkit). */
    public static UiTasks direct() {
        return new UiTasks(null, null, Runnable::run, true);
    }

    /** Runs a small job on the FX thread (directly in tests). */
    public Executor fxExecutor() {
        return fx;
    }

    /** True while a job runs, until it has really stopped. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }

    /** Fraction done, 0..1, or -1 when not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the job is doing, for the status bar. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Asks the running job to stop at its next check. */
    public void cancel() {
        if (running.get()) {
            cancelRequested.set(true);
            message.set("Cancelling…");
        }
    }

    /**
     * Starts a job unless one is running. Call on the FX thread.
     *
     * @param title       shown in the status bar until the job reports its own message
     * @param onSuccess   receives the result on the FX thread
     * @param onFailure   receives the error on the FX thread (not called for cancellation)
     * @param onCancelled runs on the FX thread when the job stopped because it was cancelled
     * @return false when another job is still running (nothing is started)
     */
    public <T> boolean run(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                           Runnable onCancelled) {
        if (running.get()) {
            return false;
        }
        cancelRequested.set(false);
        running.set(true);
        progress.set(-1);
        message.set(title);
        if (direct) {
            runDirect(work, onSuccess, onFailure, onCancelled);
            return true;
        }
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.run(new Progress() {
                    @Override
                    public void update(long done, long total, String msg) {
                        if (total > 0) {
                            updateProgress(done, total);
                        } else {
                            updateProgress(-1, 1);
                        }
                        if (msg != null && !msg.isBlank()) {
                            updateMessage(msg);
                        }
                    }

                    @Override
                    public boolean cancelled() {
                        return cancelRequested.get();
                    }
                });
            }
        };
        task.progressProperty().addListener((o, a, b) -> progress.set(b.doubleValue()));
        task.messageProperty().addListener((o, a, b) -> {
            if (!cancelRequested.get()) {
                message.set(b);
            }
        });
        task.setOnSucceeded(e -> {
            finish();
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finish();
            Throwable error = task.getException();
            if (error instanceof CancelledException
                    || error != null && error.getCause() instanceof CancelledException) {
                onCancelled.run();
            } else {
                onFailure.accept(error);
            }
        });
        owned.execute(task);
        return true;
    }

    private <T> void runDirect(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                               Runnable onCancelled) {
        T result;
        try {
            result = work.run(new Progress() {
                @Override
                public void update(long done, long total, String msg) {
                    progress.set(total > 0 ? (double) done / total : -1);
                    if (msg != null && !msg.isBlank()) {
                        message.set(msg);
                    }
                }

                @Override
                public boolean cancelled() {
                    return cancelRequested.get();
                }
            });
        } catch (CancelledException e) {
            finish();
            onCancelled.run();
            return;
        } catch (Exception | OutOfMemoryError e) {
            finish();
            onFailure.accept(e);
            return;
        }
        finish();
        onSuccess.accept(result);
    }

    private void finish() {
        running.set(false);
        progress.set(0);
        message.set("");
        cancelRequested.set(false);
    }

    /**
     * Runs small work the user does not wait on (a map layer, a table column, warming an index) on a background
     * thread, beside the one job of {@link #run} and without the status bar; {@code done} receives the result, or
     * the error, on the FX thread. In {@link #direct()} mode both run at once in the calling thread.
     */
    public <T> void background(Callable<T> work, BiConsumer<T, Throwable> done) {
        if (direct) {
            T result;
            try {
                result = work.call();
            } catch (Exception | OutOfMemoryError e) {
                done.accept(null, e);
                return;
            }
            done.accept(result, null);
            return;
        }
        quiet.execute(() -> {
            T result = null;
            Throwable error = null;
            try {
                result = work.call();
            } catch (Exception | OutOfMemoryError e) {
                error = e;
            }
            T r = result;
            Throwable e = error;
            fx.execute(() -> done.accept(r, e));
        });
    }

    /** Stops the worker threads; a running job is interrupted. */
    @Override
    public void close() {
        if (owned != null) {
            owned.shutdownNow();
        }
        if (quiet != null) {
            quiet.shutdownNow();
        }
    }
}
