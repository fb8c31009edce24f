package org.axiswatch.web;

/**
 * A request the API refuses, with the HTTP status and, for uploads, the file it is about; sent as
 * {@code {"error": "...", "file": "..."}}, the same words the command line prints.
 */
final class ApiError extends RuntimeException {
  private final int status;
  private final String file;

  ApiError(int status, String message, String file) {
    super(message);
    this.status = status;
    this.file = file;
  }

  static ApiError badRequest(String message) {
    return new ApiError(400, message, null);
  }

  static ApiError notFound(String what) {
    return new ApiError(404, "no such " + what, null);
  }

  int status() {
    return status;
  }

  String file() {
    return file;
  }
}
