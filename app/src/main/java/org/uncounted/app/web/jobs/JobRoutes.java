package org.uncounted.app.web.jobs;

import io.javalin.config.RoutesConfig;
import java.util.Map;
import java.util.function.BiFunction;
import org.uncounted.app.web.auth.Permission;
import org.uncounted.app.web.auth.WebUser;
import org.uncounted.app.web.http.Html;
import org.uncounted.app.web.http.Layout;
import org.uncounted.app.web.http.NotFoundException;
import org.uncounted.app.web.http.Req;
import org.uncounted.app.web.http.WebInputException;

/** Background jobs: start one, watch its progress bar (htmx polls every second), list recent ones. */
public final class JobRoutes {
    private final JobRunner jobs;
    private final Map<String, BiFunction<WebUser, JobRunner, JobRunner.Job>> kinds;

    /** {@code kinds}: job name → how to submit it for a user (e.g. reindex, linkage, bootstrap). */
    public JobRoutes(JobRunner jobs, Map<String, BiFunction<WebUser, JobRunner, JobRunner.Job>> kinds) {
        this.jobs = jobs;
        this.kinds = Map.copyOf(kinds);
    }

    public void register(RoutesConfig r) {
        r.get("/jobs", ctx -> {
            Req req = Req.of(ctx);
            req.require(Permission.RUN_JOBS);
            Html h = new Html();
            h.raw("<section class=\"card\">").el("h1", req.t("jobs.title")).el("p", "hint", req.t("jobs.help"));
            h.open("form")
                    .attr("method", "post")
                    .attr("action", "/jobs")
                    .attr("class", "actions")
                    .gt();
            Layout.csrf(h, req);
            for (String k : kinds.keySet().stream().sorted().toList()) {
                h.open("button")
                        .attr("name", "kind")
                        .attr("value", k)
                        .attr("id", "start-" + k)
                        .gt();
                h.text(req.t("jobs.start." + k)).close("button");
            }
            h.close("form");
            if (req.may(Permission.RECORD_CASES)) {
                h.raw("<p>")
                        .open("a")
                        .attr("href", "/import")
                        .attr("id", "import-link")
                        .gt()
                        .text(req.t("import.title"));
                h.close("a").raw("</p>");
            }
            h.raw("<table><thead><tr>");
            h.el("th", req.t("jobs.job"))
                    .el("th", req.t("jobs.kind"))
                    .el("th", req.t("jobs.state"))
                    .raw("</tr></thead><tbody>");
            for (JobRunner.Job j : jobs.recent(20)) {
                h.raw("<tr><td>")
                        .open("a")
                        .attr("href", "/jobs/" + j.id())
                        .gt()
                        .text(j.id())
                        .close("a")
                        .raw("</td>");
                h.el("td", req.t("jobs.start." + j.kind()))
                        .el("td", req.t("jobs.state." + j.state()))
                        .raw("</tr>");
            }
            h.raw("</tbody></table></section>");
            ctx.html(Layout.page(req, "/jobs", req.t("jobs.title"), h, false));
        });
        r.post("/jobs", ctx -> {
            WebUser u = Req.of(ctx).require(Permission.RUN_JOBS);
            ctx.redirect("/jobs/" + start(ctx.formParam("kind"), u).id());
        });
        r.get("/jobs/{id}", ctx -> {
            Req req = Req.of(ctx);
            req.require(Permission.RUN_JOBS);
            JobRunner.Job j = find(ctx.pathParam("id"));
            Html h = new Html();
            h.raw("<section class=\"card\">").el("h1", req.t("jobs.start." + j.kind()) + " · " + j.id());
            progress(h, req, j);
            h.raw("</section>");
            ctx.html(Layout.page(req, "/jobs", req.t("jobs.title"), h, false));
        });
        r.get("/jobs/{id}/progress", ctx -> {
            Req req = Req.of(ctx);
            req.require(Permission.RUN_JOBS);
            Html h = new Html();
            progress(h, req, find(ctx.pathParam("id")));
            ctx.html(h.toString());
        });
        r.get("/api/jobs", ctx -> {
            Req.of(ctx).require(Permission.RUN_JOBS);
            ctx.json(jobs.recent(50).stream().map(JobRunner.Job::json).toList());
        });
        r.post("/api/jobs", ctx -> {
            WebUser u = Req.of(ctx).require(Permission.RUN_JOBS);
            Object kind = ctx.bodyAsClass(Map.class).get("kind");
            ctx.status(202).json(start(kind instanceof String s ? s : null, u).json());
        });
        r.get("/api/jobs/{id}", ctx -> {
            Req.of(ctx).require(Permission.RUN_JOBS);
            ctx.json(find(ctx.pathParam("id")).json());
        });
    }

    private JobRunner.Job start(String kind, WebUser u) {
        var submit = kind == null ? null : kinds.get(kind);
        if (submit == null) {
            throw WebInputException.invalid("kind", "must be one of " + kinds.keySet());
        }
        return submit.apply(u, jobs);
    }

    private JobRunner.Job find(String id) {
        return jobs.find(id).orElseThrow(() -> new NotFoundException("job", id));
    }

    /** The progress fragment; while the job runs it asks htmx to fetch itself again in a second. */
    private static void progress(Html h, Req req, JobRunner.Job j) {
        boolean live = j.state() == JobRunner.State.QUEUED || j.state() == JobRunner.State.RUNNING;
        h.open("div").attr("id", "job-progress").attr("data-state", j.state().name());
        if (live) {
            h.attr("hx-get", "/jobs/" + j.id() + "/progress")
                    .attr("hx-trigger", "every 1s")
                    .attr("hx-swap", "outerHTML");
        }
        h.gt().el("p", req.t("jobs.state." + j.state()));
        long total = Math.max(j.totalCount(), 1);
        long done = j.state() == JobRunner.State.DONE ? total : Math.min(j.doneCount(), total);
        h.open("progress").attr("max", total).attr("value", done).gt().close("progress");
        h.el("p", "count", req.msg().number(j.doneCount()) + " / " + req.msg().number(j.totalCount()));
        if (j.failure() != null) {
            h.el("p", "error", req.t("jobs.failed", j.failure()));
        }
        h.close("div");
    }
}
