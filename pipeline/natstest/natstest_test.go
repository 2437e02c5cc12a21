package natstest_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/newsworker/newsworker/pipeline/natstest"
)

func TestServerRestartKeepsStore(t *testing.T) {
	srv := natstest.RunServer(t)
	if !strings.HasPrefix(srv.URL(), "nats://127.0.0.1:") {
		t.Fatalf("URL = %q, want a loopback URL", srv.URL())
	}
	nc := srv.Connect(t)
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if _, err := js.CreateStream(ctx, jetstream.StreamConfig{Name: "S", Subjects: []string{"s.>"}}); err != nil {
		t.Fatal(err)
	}
	for i := range 5 {
		if _, err := js.Publish(ctx, "s.x", []byte(fmt.Sprint(i))); err != nil {
			t.Fatal(err)
		}
	}
	url := srv.URL()
	srv.Restart(t)
	if srv.URL() != url {
		t.Fatalf("URL after restart = %q, want %q", srv.URL(), url)
	}
	// The first connection reconnects on its own.
	s, err := js.Stream(ctx, "S")
	if err != nil {
		t.Fatal(err)
	}
	info, err := s.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := info.State.Msgs, uint64(5); got != want {
		t.Fatalf("messages after restart = %d, want %d", got, want)
	}
}

func TestServerListensOnLoopbackOnly(t *testing.T) {
	srv := natstest.RunServer(t)
	if got := srv.Options().Host; got != "127.0.0.1" {
		t.Fatalf("host = %q, want 127.0.0.1", got)
	}
}

func TestClusterSurvivesNodeLoss(t *testing.T) {
	if testing.Short() {
		t.Skip("three-node cluster: skipped with -short")
	}
	c := natstest.RunCluster(t, 3)
	nc := c.Connect(t)
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	if _, err := js.CreateStream(ctx, jetstream.StreamConfig{Name: "S", Subjects: []string{"s.>"}, Replicas: 3}); err != nil {
		t.Fatal(err)
	}
	for i := range 10 {
		if _, err := js.Publish(ctx, "s.x", []byte(fmt.Sprint(i))); err != nil {
			t.Fatal(err)
		}
	}
	lost := c.WaitStreamLeader(t, "S")
	c.Node(lost).Shutdown()
	if c.Node(lost).Running() {
		t.Fatal("node still running after Shutdown")
	}
	next := c.WaitStreamLeader(t, "S")
	if next == lost {
		t.Fatalf("stream leader is still the stopped node %d", lost)
	}
	for i := 10; i < 20; i++ {
		if _, err := js.Publish(ctx, "s.x", []byte(fmt.Sprint(i)), jetstream.WithRetryAttempts(50)); err != nil {
			t.Fatal(err)
		}
	}
	c.Node(lost).Restart(t)
	c.WaitReady(t)
	s, err := js.Stream(ctx, "S")
	if err != nil {
		t.Fatal(err)
	}
	info, err := s.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := info.State.Msgs, uint64(20); got != want {
		t.Fatalf("messages = %d, want %d", got, want)
	}
	if got := len(info.Cluster.Replicas); got != 2 {
		t.Fatalf("replicas besides the leader = %d, want 2", got)
	}
}
