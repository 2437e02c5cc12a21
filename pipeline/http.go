package pipeline

import (
	"io"
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// NewHTTPHandler returns the worker's operations endpoints, meant for one
// listener (--metrics-addr):
//
//	GET /metrics   the series gathered from g, in the Prometheus text or
//	               OpenMetrics format (prometheus.DefaultGatherer when g is nil)
//	GET /healthz   200 "ok" while the process serves HTTP (liveness)
//	GET /readyz    200 "ready" when ready() returns nil; otherwise 503 with
//	               "not ready: " and the error (readiness). A nil ready is
//	               always ready.
//
// ready is called once per /readyz request, possibly from several goroutines
// at once, so it must be safe for concurrent use and quick: it should report
// state the worker already holds (connection status, consumer bound), not
// make network round trips. The handler is safe for concurrent use.
func NewHTTPHandler(g prometheus.Gatherer, ready func() error) http.Handler {
	if g == nil {
		g = prometheus.DefaultGatherer
	}
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.HandlerFor(g, promhttp.HandlerOpts{
		EnableOpenMetrics: true,
	}))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		writePlain(w, http.StatusOK, "ok\n")
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, _ *http.Request) {
		if ready != nil {
			if err := ready(); err != nil {
				writePlain(w, http.StatusServiceUnavailable, "not ready: "+err.Error()+"\n")
				return
			}
		}
		writePlain(w, http.StatusOK, "ready\n")
	})
	return mux
}

// writePlain writes body as an uncacheable text/plain response with status.
func writePlain(w http.ResponseWriter, status int, body string) {
	h := w.Header()
	h.Set("Content-Type", "text/plain; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_, _ = io.WriteString(w, body)
}
