package org.axiswatch.web;

import io.javalin.http.Context;
import org.axiswatch.read.ReadException;
import org.axiswatch.web.Views.Upload;

/** Documents: upload, list, read. */
final class DocumentHandlers {
  private final Workbench workbench;
  private final UploadReader uploads;

  DocumentHandlers(Workbench workbench, UploadReader uploads) {
    this.workbench = workbench;
    this.uploads = uploads;
  }

  /** POST /api/documents?name=FILE, body: the file. 201 when new, 200 when already known. */
  void upload(Context ctx) {
    String name = uploads.fileName(ctx);
    byte[] bytes = uploads.read(ctx, name);
    try {
      Upload up = workbench.upload(name, bytes);
      ctx.status(up.added() ? 201 : 200).json(up);
    } catch (ReadException e) {
      throw new ApiError(400, problem(e), name);
    }
  }

  void list(Context ctx) {
    ctx.json(workbench.documents());
  }

  void get(Context ctx) {
    String id = ctx.pathParam("id");
    ctx.json(workbench.document(id).orElseThrow(() -> ApiError.notFound("document " + id)));
  }

  /** The reader's message names the scratch copy; the analyst knows the file by its own name. */
  private static String problem(ReadException e) {
    String m = e.getMessage();
    String prefix = e.file() + ": ";
    return m.startsWith(prefix) ? m.substring(prefix.length()) : m;
  }
}
