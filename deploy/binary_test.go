package deploy

import (
	"io"
	"net"
	"net/http"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The binary, configured only by environment as the manifests configure
// it, serves the probes and the metrics the manifests rely on, counts the
// messages it settles, and exits 0 on SIGTERM well within the grace period
// the manifests give it. It runs on its embedded NATS server, replaying
// the repository's fixtures.
func TestBinaryServesProbes(t *testing.T) {
	b := newsworker(t)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()

	cmd := exec.Command(b.path, "run")
	cmd.Env = []string{
		"NEWSWORKER_METRICS_ADDR=" + addr,
		"NEWSWORKER_STORE=" + t.TempDir(),
		"NEWSWORKER_REPLAY=../fixtures",
		"NEWSWORKER_CONCURRENCY=2",
		"NEWSWORKER_LOG_LEVEL=warn",
	}
	var logs strings.Builder
	cmd.Stdout, cmd.Stderr = io.Discard, &logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	defer func() {
		if cmd.ProcessState == nil {
			_ = cmd.Process.Kill()
			<-exited
		}
		if t.Failed() {
			t.Logf("worker log:\n%s", logs.String())
		}
	}()

	base := "http://" + addr
	waitHTTP(t, exited, base+"/readyz", func(code int, _ string) bool { return code == http.StatusOK })
	if code, body := httpGet(t, base+"/healthz"); code != http.StatusOK {
		t.Errorf("/healthz = %d %q", code, body)
	}
	acked := regexp.MustCompile(`(?m)^newsworker_messages_total\{outcome="ack",reason=""\} (\d+)`)
	waitHTTP(t, exited, base+"/metrics", func(code int, body string) bool {
		m := acked.FindStringSubmatch(body)
		if code != http.StatusOK || m == nil {
			return false
		}
		n, _ := strconv.Atoi(m[1])
		return n > 0
	})
	_, body := httpGet(t, base+"/metrics")
	for _, series := range []string{
		"newsworker_records_published_total",
		`newsworker_stage_duration_seconds_count{stage="total"}`,
		`newsworker_extracted_items_total{field="dates"}`,
		"go_goroutines",
		"process_resident_memory_bytes",
	} {
		if !strings.Contains(body, series+" ") {
			t.Errorf("/metrics lacks %s", series)
		}
	}

	start := time.Now()
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	// The manifests give 60s; a worker with nothing slow in flight must be
	// far quicker.
	select {
	case err := <-exited:
		if err != nil {
			t.Errorf("exit after SIGTERM: %v, want status 0", err)
		}
		t.Logf("stopped %v after SIGTERM", time.Since(start).Round(time.Millisecond))
	case <-time.After(30 * time.Second):
		t.Fatal("still running 30s after SIGTERM")
	}
}

func httpGet(t *testing.T, url string) (int, string) {
	t.Helper()
	c := http.Client{Timeout: 5 * time.Second}
	resp, err := c.Get(url)
	if err != nil {
		return 0, err.Error()
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body)
}

// waitHTTP polls url until ok accepts the answer, failing the test after
// 60s or as soon as the process exits.
func waitHTTP(t *testing.T, exited <-chan error, url string, ok func(int, string) bool) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for {
		code, body := httpGet(t, url)
		if ok(code, body) {
			return
		}
		select {
		case err := <-exited:
			t.Fatalf("worker exited (%v) while waiting for %s", err, url)
		case <-time.After(100 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("GET %s: last answer %d %.200q", url, code, body)
		}
	}
}
