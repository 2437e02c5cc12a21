package pipeline_test

import (
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/newsworker/newsworker/pipeline"
)

func TestHTTPHandler(t *testing.T) {
	reg := prometheus.NewRegistry()
	m := pipeline.NewMetrics(reg)
	m.Settled(pipeline.OutcomeDLQ, "no_body")

	var readyErr error
	h := pipeline.NewHTTPHandler(reg, func() error { return readyErr })
	notConnected := errors.New("nats: not connected")

	for _, tc := range []struct {
		name       string
		method     string
		path       string
		readyErr   error
		wantStatus int
		wantBody   string // substring
	}{
		{"healthz", http.MethodGet, "/healthz", nil, http.StatusOK, "ok"},
		{"healthz while not ready", http.MethodGet, "/healthz", notConnected, http.StatusOK, "ok"},
		{"readyz ready", http.MethodGet, "/readyz", nil, http.StatusOK, "ready"},
		{"readyz not ready", http.MethodGet, "/readyz", notConnected, http.StatusServiceUnavailable, "not ready: nats: not connected"},
		{"readyz head", http.MethodHead, "/readyz", notConnected, http.StatusServiceUnavailable, ""},
		{"metrics", http.MethodGet, "/metrics", nil, http.StatusOK, `newsworker_messages_total{outcome="dlq",reason="no_body"} 1`},
		{"metrics has runtime", http.MethodGet, "/metrics", nil, http.StatusOK, "go_goroutines"},
		{"post refused", http.MethodPost, "/healthz", nil, http.StatusMethodNotAllowed, ""},
		{"unknown path", http.MethodGet, "/", nil, http.StatusNotFound, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			readyErr = tc.readyErr
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(tc.method, tc.path, nil))
			body, _ := io.ReadAll(rec.Body)
			if got, want := rec.Code, tc.wantStatus; got != want {
				t.Errorf("status = %d, want %d (body %q)", got, want, body)
			}
			if got, want := string(body), tc.wantBody; !strings.Contains(got, want) {
				t.Errorf("body = %q, want it to contain %q", got, want)
			}
		})
	}
}

func TestHTTPHandlerNilReadyAndGatherer(t *testing.T) {
	h := pipeline.NewHTTPHandler(nil, nil)
	for _, path := range []string{"/readyz", "/healthz", "/metrics"} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		if got, want := rec.Code, http.StatusOK; got != want {
			t.Errorf("GET %s: status = %d, want %d", path, got, want)
		}
	}
}

// The handler serves /metrics in OpenMetrics when the scraper asks for it.
func TestHTTPHandlerOpenMetrics(t *testing.T) {
	reg := prometheus.NewRegistry()
	pipeline.NewMetrics(reg)
	srv := httptest.NewServer(pipeline.NewHTTPHandler(reg, nil))
	defer srv.Close()
	req, err := http.NewRequest(http.MethodGet, srv.URL+"/metrics", nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Accept", "application/openmetrics-text; version=1.0.0")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/openmetrics-text") {
		t.Errorf("Content-Type = %q, want application/openmetrics-text", ct)
	}
	if !strings.HasSuffix(string(body), "# EOF\n") {
		t.Errorf("OpenMetrics body does not end with # EOF")
	}
}
