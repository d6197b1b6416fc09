package io.kamdesk.bootstrap.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.kamdesk.application.billing.port.in.run.RunBillingRunUseCase;
import io.kamdesk.application.billing.port.out.BillingRunQueue;
import io.kamdesk.application.fileio.port.in.job.PurgeImportJobsUseCase;
import io.kamdesk.application.fileio.port.in.job.RunImportJobUseCase;
import io.kamdesk.application.fileio.port.out.ImportJobQueue;
import io.kamdesk.application.shared.BusinessCalendar;
import io.kamdesk.application.shared.port.in.idempotency.IdempotentRequestsUseCase;
import io.kamdesk.bootstrap.shared.KamDeskProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The background jobs, on db-scheduler over the service's own PostgreSQL: an import job is an
 * execution of the one-time task {@value #IMPORT_TASK} whose instance id is the job's id; the
 * retention of finished jobs is the recurring task {@value #RETENTION_TASK}. Any instance with
 * {@code kamdesk.jobs.worker} on picks executions up; an execution whose instance stops sending
 * heartbeats is revived on another one, where the import resumes from its last checkpoint.
 * Enqueuing joins the caller's transaction, so a job is never queued without its stored upload.
 */
public final class JobEngine implements ImportJobQueue, BillingRunQueue, SmartLifecycle {

    static final String IMPORT_TASK = "import-job";
    static final String RETENTION_TASK = "import-job-retention";
    static final String BILLING_RUN_TASK = "billing-run";
    static final String BILLING_SCHEDULE_TASK = "billing-run-schedule";
    static final String IDEMPOTENCY_RETENTION_TASK = "idempotency-key-retention";
    private static final Logger LOG = LoggerFactory.getLogger(JobEngine.class);

    private final OneTimeTask<Void> importTask;
    private final OneTimeTask<Void> billingRunTask;
    private final SchedulerClient client;
    private final Supplier<Scheduler> workers;
    private final boolean worker;
    private volatile Scheduler scheduler;

    /**
     * {@code imports} and {@code billing} are asked for when a job runs: their services enqueue through
     * this engine. The schedule's task looks every hour whether today is the billing run's day; expired
     * idempotency keys are removed every half hour.
     */
    public JobEngine(DataSource dataSource, Supplier<RunImportJobUseCase> imports, PurgeImportJobsUseCase purge,
            Supplier<RunBillingRunUseCase> billing, BusinessCalendar calendar, IdempotentRequestsUseCase keys,
            KamDeskProperties.Jobs settings) {
        this.importTask = Tasks.oneTime(IMPORT_TASK)
                .execute((instance, context) -> imports.get().runImportJob(Long.parseLong(instance.getId())));
        this.billingRunTask = Tasks.oneTime(BILLING_RUN_TASK)
                .execute((instance, context) -> billing.get().runBillingRun(Long.parseLong(instance.getId())));
        RecurringTask<Void> billingSchedule = Tasks.recurring(BILLING_SCHEDULE_TASK, FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) -> billing.get().runScheduledBilling(calendar.today())
                        .ifPresent(run -> LOG.info("Ran the scheduled billing run {}", run)));
        RecurringTask<Void> retention = Tasks.recurring(RETENTION_TASK, FixedDelay.of(Duration.ofMinutes(10)))
                .execute((instance, context) -> {
                    int removed = purge.purgeFinishedImportJobs();
                    if (removed > 0) {
                        LOG.info("Removed {} finished import job(s) past their retention", removed);
                    }
                });
        RecurringTask<Void> keyRetention = Tasks.recurring(IDEMPOTENCY_RETENTION_TASK,
                FixedDelay.of(Duration.ofMinutes(30))).execute((instance, context) -> keys.purgeExpiredKeys());
        List<Task<?>> tasks = List.of(importTask, billingRunTask, retention, billingSchedule, keyRetention);
        this.client = SchedulerClient.Builder.create(new TransactionAwareDataSourceProxy(dataSource), tasks).build();
        this.worker = settings.worker();
        // a stopped scheduler cannot start again, and a context may be stopped and started (tests pause theirs)
        this.workers = () -> Scheduler.create(dataSource, List.of(importTask, billingRunTask))
                .startTasks(retention, billingSchedule, keyRetention)
                .threads(settings.threads())
                .pollingInterval(settings.pollingInterval())
                .heartbeatInterval(settings.heartbeatInterval())
                .missedHeartbeatsLimit(settings.missedHeartbeats())
                .schedulerName(new SchedulerName.Fixed(settings.instanceName().isBlank()
                        ? new SchedulerName.Hostname().getName() + "/" + ProcessHandle.current().pid()
                        : settings.instanceName()))
                .shutdownMaxWait(Duration.ofSeconds(5))
                .build();
    }

    @Override
    public void enqueue(long jobId) {
        schedule(importTask, jobId);
    }

    @Override
    public void enqueueBillingRun(long runId) {
        schedule(billingRunTask, runId);
    }

    private void schedule(OneTimeTask<Void> task, long id) {
        client.scheduleIfNotExists(task.instance(String.valueOf(id)), Instant.now());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    lookNow();
                }
            });
        } else {
            lookNow();
        }
    }

    /** The local worker looks for due executions now rather than at its next poll. */
    private void lookNow() {
        Scheduler local = scheduler;
        if (local != null) {
            local.triggerCheckForDueExecutions();
        }
    }

    @Override
    public synchronized void start() {
        if (worker && scheduler == null) {
            scheduler = workers.get();
            scheduler.start();
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.stop();
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
