package org.uncounted.app.web.jobs;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.uncounted.app.web.WebServices;
import org.uncounted.app.web.auth.Permission;
import org.uncounted.app.web.auth.WebUser;
import org.uncounted.app.web.cases.ModelCases;
import org.uncounted.app.web.cases.Testimony;
import org.uncounted.app.web.http.Html;
import org.uncounted.app.web.http.Layout;
import org.uncounted.app.web.http.Req;
import org.uncounted.app.web.http.WebInputException;
import org.uncounted.formats.CaseFileReport;
import org.uncounted.formats.CaseJsonReader;
import org.uncounted.formats.InvalidCaseFileException;

/**
 * Import of a JSON case file (docs/formats.md) as a background job: the upload is held in memory, read
 * with the formats module (an invalid file imports nothing), and its cases join the recorded cases and the
 * search index. Progress counts cases read.
 */
public final class ImportRoutes {
    private static final long MAX_BYTES = 50L * 1024 * 1024;
    private final JobRunner jobs;
    private final WebServices services;

    public ImportRoutes(JobRunner jobs, WebServices services) {
        this.jobs = jobs;
        this.services = services;
    }

    public void register(RoutesConfig r) {
        r.get("/import", ctx -> {
            Req req = Req.of(ctx);
            req.require(Permission.RECORD_CASES);
            Html h = new Html();
            h.raw("<section class=\"card narrow\">")
                    .el("h1", req.t("import.title"))
                    .el("p", "hint", req.t("import.help"));
            h.open("form")
                    .attr("method", "post")
                    .attr("action", "/import")
                    .attr("enctype", "multipart/form-data")
                    .gt();
            Layout.csrf(h, req);
            h.open("input")
                    .attr("type", "file")
                    .attr("name", "file")
                    .attr("id", "file")
                    .attr("accept", ".json,application/json")
                    .gt();
            h.open("button")
                    .attr("id", "start-import")
                    .gt()
                    .text(req.t("import.start"))
                    .close("button")
                    .close("form");
            h.raw("</section>");
            ctx.html(Layout.page(req, "/jobs", req.t("import.title"), h, false));
        });
        r.post("/import", ctx -> {
            WebUser u = Req.of(ctx).require(Permission.RECORD_CASES);
            var file = ctx.uploadedFile("file");
            if (file == null) {
                throw WebInputException.invalid("file", "a JSON case file is required");
            }
            ctx.redirect("/jobs/"
                    + start(file.contentAndClose(in -> readAll(in)), file.filename(), u)
                            .id());
        });
        r.post("/api/import", ctx -> {
            WebUser u = Req.of(ctx).require(Permission.RECORD_CASES);
            ctx.status(202).json(start(body(ctx), "upload.json", u).json());
        });
    }

    private static byte[] body(Context ctx) {
        byte[] b = ctx.bodyAsBytes();
        if (b.length == 0) {
            throw WebInputException.invalid("body", "a JSON case file is required");
        }
        return b;
    }

    private static byte[] readAll(java.io.InputStream in) {
        try {
            byte[] b = in.readNBytes((int) MAX_BYTES + 1);
            if (b.length > MAX_BYTES) {
                throw WebInputException.invalid("file", "must be at most 50 MiB");
            }
            return b;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("upload could not be read", e);
        }
    }

    private JobRunner.Job start(byte[] content, String name, WebUser u) {
        String fileName = name == null || !name.matches("[A-Za-z0-9._-]{1,80}") ? "upload.json" : name;
        return jobs.submit("import", p -> {
            List<Testimony> cases = new ArrayList<>();
            CaseFileReport report = CaseJsonReader.standard()
                    .read(new ByteArrayInputStream(content), fileName, (c, line) -> {
                        cases.add(ModelCases.toTestimony(c));
                        p.done(cases.size());
                    });
            if (!report.isValid()) {
                throw new InvalidCaseFileException(report); // nothing is imported
            }
            p.total(cases.size());
            services.importCases(content, fileName, cases, u, p::done);
            p.done(cases.size());
        });
    }
}
