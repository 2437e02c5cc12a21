package main

// Tests that run the built newsworker binary as a subprocess against an
// embedded JetStream server: SIGKILLed mid-stream and restarted, and with
// its credentials from the environment, checking its logs for secrets and
// article text.

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/newsworker/newsworker/pipeline"
	"github.com/newsworker/newsworker/pipeline/natstest"
)

var (
	binOnce sync.Once
	binDir  string
	binPath string
	binErr  error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// newsworkerBinary builds this command once per test run with the go tool
// that runs the tests.
func newsworkerBinary(t *testing.T) string {
	t.Helper()
	binOnce.Do(func() {
		binDir, binErr = os.MkdirTemp("", "newsworker-bin-")
		if binErr != nil {
			return
		}
		binPath = filepath.Join(binDir, "newsworker")
		goTool := filepath.Join(os.Getenv("GOROOT"), "bin", "go")
		if _, err := os.Stat(goTool); err != nil {
			goTool = "go"
		}
		out, err := exec.Command(goTool, "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			binErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if binErr != nil {
		t.Fatalf("building newsworker: %v", binErr)
	}
	return binPath
}

// worker is one newsworker process; its stderr (the log) goes to a file.
type worker struct {
	cmd *exec.Cmd
	log string
}

func startNewsworker(t *testing.T, env []string, logPath string, args ...string) *worker {
	t.Helper()
	f, err := os.Create(logPath)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(newsworkerBinary(t), args...)
	cmd.Env = append(os.Environ(), env...)
	cmd.Stderr = f
	var out strings.Builder
	cmd.Stdout = &out
	if err := cmd.Start(); err != nil {
		f.Close()
		t.Fatal(err)
	}
	f.Close()
	w := &worker{cmd: cmd, log: logPath}
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			_ = cmd.Process.Kill()
			_ = cmd.Wait()
		}
	})
	return w
}

// killArticle is raw message i, a JSON envelope written for these tests;
// every tenth is invalid JSON. Each body holds a "Body-marker" that must
// never show in a log.
func killArticle(i int) (data []byte, poison bool) {
	if i%10 == 0 {
		return fmt.Appendf(nil, `{"id": "kill-%d", "text": "Body-marker %d`, i, i), true
	}
	texts := []string{
		"Body-marker %d: the water board in Casablanca said on Monday 3 June 2024 that %d villages had been reconnected.",
		"Body-marker %d : la mairie de Tunis a annoncé mardi 4 juin 2024 que %d familles avaient été relogées.",
		"Body-marker %d: قالت بلدية صفاقس يوم الأربعاء إن %d أسرة عادت إلى منازلها.",
	}
	data, _ = json.Marshal(map[string]string{
		"id":   fmt.Sprintf("kill-%d", i),
		"url":  fmt.Sprintf("https://wire.example.net/item/%d", i),
		"text": fmt.Sprintf(texts[i%3], i, 20+i),
	})
	return data, false
}

// TestWorkerProcessKilled publishes N raw articles, SIGKILLs the worker
// process three times while it consumes, restarting it each time, and
// finishes with --until-idle: every article is one record or one DLQ
// entry, no id twice. The server requires a token, given by environment;
// the logs must hold neither the token nor any article text.
func TestWorkerProcessKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("subprocess fault test: skipped with -short")
	}
	const (
		n     = 600
		token = "tok-Zq81-never-logged"
	)
	srv := natstest.RunServer(t, func(o *server.Options) { o.Authorization = token })
	nc := srv.Connect(t, nats.Token(token))
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cfg := pipeline.DefaultConfig()
	if err := pipeline.SetupStreams(ctx, js, cfg); err != nil {
		t.Fatal(err)
	}
	poison := 0
	for i := range n {
		data, bad := killArticle(i)
		if bad {
			poison++
		}
		if _, err := js.Publish(ctx, "news.raw.wire", data); err != nil {
			t.Fatal(err)
		}
	}

	env := []string{"NEWSWORKER_NATS_TOKEN=" + token, "NATS_URL=" + srv.URL()}
	args := []string{"run", "--ack-wait", "2s", "--timeout", "10s", "--publish-timeout", "500ms",
		"--backoff-min", "100ms", "--backoff-max", "500ms", "--concurrency", "2", "--log-level", "debug"}
	dir := t.TempDir()
	settled := func() int { return natstest.StreamLen(nc, cfg.EnrichedStream) + natstest.StreamLen(nc, cfg.DLQStream) }
	var logs []string
	const kills = 3
	for k := 1; k <= kills; k++ {
		logPath := filepath.Join(dir, fmt.Sprintf("run-%d.log", k))
		logs = append(logs, logPath)
		w := startNewsworker(t, env, logPath, args...)
		target := k * n / (kills + 1)
		deadline := time.Now().Add(2 * time.Minute)
		for settled() < target {
			if time.Now().After(deadline) {
				t.Fatalf("run %d: %d settled after 2m, want %d", k, settled(), target)
			}
			time.Sleep(10 * time.Millisecond)
		}
		if err := w.cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		_ = w.cmd.Wait()
		t.Logf("kill %d: SIGKILL after %d of %d settled", k, settled(), n)
	}
	logPath := filepath.Join(dir, "final.log")
	logs = append(logs, logPath)
	final := exec.Command(newsworkerBinary(t), append(args, "--until-idle")...)
	final.Env = append(os.Environ(), env...)
	lf, err := os.Create(logPath)
	if err != nil {
		t.Fatal(err)
	}
	final.Stderr = lf
	out, err := final.Output()
	lf.Close()
	if err != nil {
		t.Fatalf("final run --until-idle: %v (log %s)", err, tail(logPath))
	}
	t.Logf("final run: %s", strings.TrimSpace(string(out)))

	ids := map[string]int{}
	dup := 0
	for _, m := range natstest.StreamMsgs(t, nc, cfg.EnrichedStream) {
		var rec pipeline.Record
		if err := json.Unmarshal(m.Data(), &rec); err != nil {
			t.Fatal(err)
		}
		if ids[rec.ID]++; ids[rec.ID] > 1 {
			dup++
		}
	}
	records, dlq := 0, 0
	for _, c := range ids {
		records += c
	}
	dlqSeqs := map[string]int{}
	for _, m := range natstest.StreamMsgs(t, nc, cfg.DLQStream) {
		dlq++
		seq := m.Headers().Get(pipeline.HeaderDlqStreamSeq)
		if dlqSeqs[seq]++; dlqSeqs[seq] > 1 {
			dup++
		}
	}
	t.Logf("figures: worker-sigkill kills=%d in=%d records=%d dlq=%d duplicates=%d", kills, n, records, dlq, dup)
	if dup != 0 {
		t.Errorf("%d duplicates", dup)
	}
	if records+dlq != n || dlq != poison {
		t.Errorf("records %d + DLQ %d, want %d + %d", records, dlq, n-poison, poison)
	}
	for i := range n {
		if _, bad := killArticle(i); !bad && ids[fmt.Sprintf("kill-%d", i)] != 1 {
			t.Errorf("kill-%d: %d records, want 1", i, ids[fmt.Sprintf("kill-%d", i)])
		}
	}
	checkLogs(t, logs, token, "Body-marker")
}

// checkLogs fails the test when a log line is not JSON or holds one of the
// forbidden strings.
func checkLogs(t *testing.T, paths []string, forbidden ...string) {
	t.Helper()
	lines := 0
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			lines++
			line := sc.Text()
			if !json.Valid([]byte(line)) {
				t.Errorf("%s: log line is not JSON: %.200s", filepath.Base(p), line)
			}
			for _, s := range forbidden {
				if strings.Contains(line, s) {
					t.Errorf("%s: log line holds %q: %.300s", filepath.Base(p), s, line)
				}
			}
		}
		f.Close()
	}
	if lines == 0 {
		t.Error("the worker logged nothing")
	}
	t.Logf("checked %d log lines for secrets and article text", lines)
}

func tail(path string) string {
	b, _ := os.ReadFile(path)
	if len(b) > 2000 {
		b = b[len(b)-2000:]
	}
	return string(b)
}

// TestWorkerProcessLedger runs the binary with --ledger (by environment)
// twice over the same articles, the second time after their ids left the
// enriched stream's duplicate window: the ledger bucket holds every
// published id and the second run publishes no record.
func TestWorkerProcessLedger(t *testing.T) {
	if testing.Short() {
		t.Skip("subprocess test: skipped with -short")
	}
	srv := natstest.RunServer(t)
	nc := srv.Connect(t)
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	publish := func() (good int) {
		for i := 1; i <= 9; i++ {
			data, bad := killArticle(i)
			if !bad {
				good++
			}
			if _, err := js.Publish(ctx, "news.raw.wire", data); err != nil {
				t.Fatal(err)
			}
		}
		return good
	}
	env := []string{"NATS_URL=" + srv.URL(), "NEWSWORKER_LEDGER=true", "NEWSWORKER_DUPLICATE_WINDOW=1s", "NEWSWORKER_ACK_WAIT=1s"}
	run := func(name string) string {
		cmd := exec.Command(newsworkerBinary(t), "run", "--until-idle")
		cmd.Env = append(os.Environ(), env...)
		logPath := filepath.Join(t.TempDir(), name+".log")
		lf, err := os.Create(logPath)
		if err != nil {
			t.Fatal(err)
		}
		defer lf.Close()
		cmd.Stderr = lf
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("%s: %v (log %s)", name, err, tail(logPath))
		}
		return strings.TrimSpace(string(out))
	}
	// The first run creates the streams; publish once they exist.
	run("setup")
	good := publish()
	first := run("first")
	time.Sleep(1500 * time.Millisecond) // past the 1s duplicate window
	publish()
	second := run("second")
	kv, err := js.KeyValue(ctx, pipeline.DefaultLedgerBucket)
	if err != nil {
		t.Fatal(err)
	}
	keys, err := kv.ListKeys(ctx)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for range keys.Keys() {
		n++
	}
	records := natstest.StreamLen(nc, pipeline.DefaultConfig().EnrichedStream)
	t.Logf("first run: %s; second run: %s; ledger keys %d; records %d", first, second, n, records)
	if n != good || records != good {
		t.Errorf("ledger keys %d, records %d; want %d each (no second record after the window)", n, records, good)
	}
}

// TestWorkerProcessTLS runs the binary against a server that requires TLS
// with a client certificate, the CA, certificate and key given by
// environment: it processes the articles; without the client certificate
// it fails to start, naming the connection.
func TestWorkerProcessTLS(t *testing.T) {
	if testing.Short() {
		t.Skip("subprocess test: skipped with -short")
	}
	pki := natstest.NewPKI(t)
	srv := natstest.RunServer(t, pki.RequireClientCert(t))
	auth := pipeline.Auth{TLSCA: pki.CA, TLSCert: pki.ClientCert, TLSKey: pki.ClientKey}
	opts, err := auth.Options()
	if err != nil {
		t.Fatal(err)
	}
	nc := srv.Connect(t, opts...)
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := pipeline.SetupStreams(ctx, js, pipeline.DefaultConfig()); err != nil {
		t.Fatal(err)
	}
	for i := 1; i <= 3; i++ {
		data, _ := killArticle(i)
		if _, err := js.Publish(ctx, "news.raw.wire", data); err != nil {
			t.Fatal(err)
		}
	}
	run := func(env ...string) (string, error) {
		cmd := exec.Command(newsworkerBinary(t), "run", "--until-idle")
		cmd.Env = append(os.Environ(), append(env, "NATS_URL="+srv.URL())...)
		var stderr strings.Builder
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		return strings.TrimSpace(string(out)) + stderr.String(), err
	}
	out, err := run("NEWSWORKER_NATS_TLS_CA="+pki.CA, "NEWSWORKER_NATS_TLS_CERT="+pki.ClientCert, "NEWSWORKER_NATS_TLS_KEY="+pki.ClientKey)
	if err != nil || !strings.HasPrefix(out, "processed=3 published=3 dead_lettered=0") {
		t.Fatalf("with the client certificate: %v\n%s", err, out)
	}
	out, err = run("NEWSWORKER_NATS_TLS_CA=" + pki.CA)
	if err == nil {
		t.Fatalf("without a client certificate the worker started:\n%s", out)
	}
	if !strings.Contains(out, "connect") {
		t.Errorf("failure without a client certificate does not name the connection:\n%s", out)
	}
}
