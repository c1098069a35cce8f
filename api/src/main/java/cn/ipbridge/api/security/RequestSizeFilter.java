package cn.ipbridge.api.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a GraphQL request body over {@code ipbridge.limits.max-document-size} with 413: at once when it
 * declares its length, else as soon as reading passes the limit.
 */
class RequestSizeFilter extends OncePerRequestFilter {

    private final long max;

    RequestSizeFilter(LimitSettings limits) {
        this.max = limits.maxDocumentSize().toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/graphql");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > max) {
            ErrorResponse.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "LIMIT_EXCEEDED",
                    message(request.getContentLengthLong()));
            return;
        }
        chain.doFilter(new Bounded(request), response);
    }

    private String message(Object size) {
        return "Limit exceeded: request body " + size + " bytes is over ipbridge.limits.max-document-size ("
                + max + " bytes)";
    }

    /** A body without a declared length, cut off at the limit. */
    private final class Bounded extends HttpServletRequestWrapper {

        Bounded(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    count(b < 0 ? 0 : 1);
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    count(Math.max(n, 0));
                    return n;
                }

                private void count(int n) throws IOException {
                    read += n;
                    if (read > max) {
                        throw new IOException(message("over " + max));
                    }
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
