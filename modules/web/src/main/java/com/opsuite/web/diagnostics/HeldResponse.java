package com.opsuite.web.diagnostics;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.function.IntSupplier;

/**
 * A response whose body is held in memory until {@link #release()}, so that a header computed at
 * the end of the request ({@link StatementCountFilter#HEADER}) can still be set. Redirects and
 * errors, which the container commits at once, get the header with what was counted until then.
 */
final class HeldResponse extends HttpServletResponseWrapper {

  private final ByteArrayOutputStream body = new ByteArrayOutputStream();
  private final IntSupplier statements;
  private ServletOutputStream stream;
  private PrintWriter writer;

  HeldResponse(HttpServletResponse response, IntSupplier statements) {
    super(response);
    this.statements = statements;
  }

  @Override
  public ServletOutputStream getOutputStream() {
    if (writer != null) {
      throw new IllegalStateException("getWriter() was called already");
    }
    if (stream == null) {
      stream = new HeldStream();
    }
    return stream;
  }

  @Override
  public PrintWriter getWriter() {
    if (stream != null) {
      throw new IllegalStateException("getOutputStream() was called already");
    }
    if (writer == null) {
      writer =
          new PrintWriter(new OutputStreamWriter(body, Charset.forName(getCharacterEncoding())));
    }
    return writer;
  }

  // The length is the held body's, set on release; one set earlier would be for a body not yet
  // complete.
  @Override
  public void setContentLength(int length) {}

  @Override
  public void setContentLengthLong(long length) {}

  @Override
  public void flushBuffer() {
    if (writer != null) {
      writer.flush();
    }
  }

  @Override
  public void resetBuffer() {
    super.resetBuffer();
    flushBuffer();
    body.reset();
  }

  @Override
  public void reset() {
    super.reset();
    flushBuffer();
    body.reset();
  }

  @Override
  public void sendRedirect(String location) throws IOException {
    stamp();
    super.sendRedirect(location);
  }

  @Override
  public void sendError(int status, String message) throws IOException {
    stamp();
    super.sendError(status, message);
  }

  @Override
  public void sendError(int status) throws IOException {
    stamp();
    super.sendError(status);
  }

  /** Sets the header and sends the held body, unless the container has committed already. */
  void release() throws IOException {
    flushBuffer();
    HttpServletResponse response = (HttpServletResponse) getResponse();
    if (response.isCommitted()) {
      return;
    }
    stamp();
    if (body.size() > 0) {
      response.setContentLength(body.size());
      body.writeTo(response.getOutputStream());
    }
  }

  private void stamp() {
    ((HttpServletResponse) getResponse())
        .setHeader(StatementCountFilter.HEADER, Integer.toString(statements.getAsInt()));
  }

  private final class HeldStream extends ServletOutputStream {

    @Override
    public void write(int b) {
      body.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      body.write(bytes, offset, length);
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setWriteListener(WriteListener listener) {
      throw new UnsupportedOperationException("a held response is written synchronously");
    }
  }
}
