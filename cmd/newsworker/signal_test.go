package main

import (
	"bytes"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/newsworker/newsworker/pipeline"
)

// syncBuffer is a bytes.Buffer safe for one writer and one reader.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestRunStopsOnSignal sends SIGINT to a running worker: it stops taking
// messages, settles those in flight and exits 0.
func TestRunStopsOnSignal(t *testing.T) {
	emb, err := pipeline.StartEmbedded(pipeline.EmbeddedConfig{StoreDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	defer emb.Shutdown()
	var out, errs syncBuffer
	done := make(chan int, 1)
	go func() {
		done <- dispatch([]string{"run", "--nats-url", emb.URL(), "--replay", fixtures, "--print", "--log-level", "info"},
			strings.NewReader(""), &out, &errs)
	}()
	deadline := time.Now().Add(20 * time.Second)
	for !strings.Contains(out.String(), "\n") {
		if time.Now().After(deadline) {
			t.Fatalf("no record printed within 20s\n%s", errs.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
	if err := syscall.Kill(syscall.Getpid(), syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("exit status %d after SIGINT, want 0\n%s", code, errs.String())
		}
	case <-time.After(20 * time.Second):
		t.Fatal("worker still running 20s after SIGINT")
	}
	if !strings.Contains(errs.String(), `"msg":"stopped"`) {
		t.Errorf("no stop line in the log:\n%s", errs.String())
	}
}
