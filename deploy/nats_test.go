package deploy

import (
	"context"
	"fmt"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// natsConf is the server configuration docker-compose.yml mounts into each
// NATS node.
const natsConf = "nats/nats.conf"

// Passwords the configuration reads from the environment in these tests.
const (
	testSysPassword     = "sys-secret"
	testWorkerPassword  = "worker-secret"
	testCrawlerPassword = "crawler-secret"
)

// loadNATSConf parses nats/nats.conf with the server's own parser, as
// `nats-server --config` does, for the node named name.
func loadNATSConf(t *testing.T, name string) *server.Options {
	t.Helper()
	t.Setenv("SERVER_NAME", name)
	t.Setenv("SYS_PASSWORD", testSysPassword)
	t.Setenv("WORKER_PASSWORD", testWorkerPassword)
	t.Setenv("CRAWLER_PASSWORD", testCrawlerPassword)
	opts, err := server.ProcessConfigFile(natsConf)
	if err != nil {
		t.Fatalf("%s: %v", natsConf, err)
	}
	return opts
}

func TestNATSConfParses(t *testing.T) {
	o := loadNATSConf(t, "nats-2")
	for _, c := range []struct {
		what      string
		got, want any
	}{
		{"server_name", o.ServerName, "nats-2"},
		{"client port", o.Port, 4222},
		{"monitoring port", o.HTTPPort, 8222},
		{"jetstream", o.JetStream, true},
		{"store_dir", o.StoreDir, "/data/jetstream"},
		{"sync_interval", o.SyncInterval, 10 * time.Second},
		{"sync always", o.SyncAlways, false},
		{"cluster name", o.Cluster.Name, "newsworker"},
		{"cluster port", o.Cluster.Port, 6222},
		{"routes", len(o.Routes), 3},
		{"lame duck", o.LameDuckDuration, 30 * time.Second},
		{"system account", o.SystemAccount, "SYS"},
	} {
		if c.got != c.want {
			t.Errorf("%s = %v, want %v", c.what, c.got, c.want)
		}
	}
	for i, r := range o.Routes {
		if want := fmt.Sprintf("nats-%d:6222", i+1); r.Host != want {
			t.Errorf("route %d = %s, want host %s", i, r, want)
		}
	}
}

// The configuration starts a working three-node JetStream cluster: the
// file is loaded for three nodes, only the addresses and store directories
// are moved to loopback ports and temporary directories, and the nodes
// elect a meta leader, host an R3 stream the worker's user creates, and
// enforce the crawler's permissions.
func TestNATSConfRunsCluster(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a three-node cluster; skipped with -short")
	}
	const n = 3
	ports := freePorts(t, 2*n)
	routes := make([]string, n)
	for i := range n {
		routes[i] = fmt.Sprintf("nats-route://127.0.0.1:%d", ports[n+i])
	}
	var servers []*server.Server
	var urls []string
	for i := range n {
		o := loadNATSConf(t, fmt.Sprintf("nats-%d", i+1))
		o.Host, o.Port = "127.0.0.1", ports[i]
		o.HTTPPort = 0
		o.Cluster.Host, o.Cluster.Port = "127.0.0.1", ports[n+i]
		o.Routes = server.RoutesFromStr(strings.Join(routes, ","))
		o.StoreDir = t.TempDir()
		o.NoSigs, o.NoLog = true, true
		o.LameDuckDuration = 0 // tests shut down at once
		s, err := server.NewServer(o)
		if err != nil {
			t.Fatalf("node %d: %v", i+1, err)
		}
		s.Start()
		t.Cleanup(func() { s.Shutdown(); s.WaitForShutdown() })
		if !s.ReadyForConnections(20 * time.Second) {
			t.Fatalf("node %d not ready", i+1)
		}
		servers = append(servers, s)
		urls = append(urls, fmt.Sprintf("nats://127.0.0.1:%d", ports[i]))
	}
	waitMetaLeader(t, servers)

	worker := connectUser(t, urls, "newsworker", testWorkerPassword)
	js, err := jetstream.New(worker)
	if err != nil {
		t.Fatal(err)
	}
	ctx := t.Context()
	for _, sc := range []jetstream.StreamConfig{
		{Name: "NEWS_RAW", Subjects: []string{"news.raw.>"}, Replicas: 3, Storage: jetstream.FileStorage},
		{Name: "NEWS_ENRICHED", Subjects: []string{"news.enriched.>"}, Replicas: 3, Storage: jetstream.FileStorage},
	} {
		createStream(t, js, sc)
	}

	// The refused publish below is also reported asynchronously; keep it
	// out of the test output.
	crawler := connectUser(t, urls, "crawler", testCrawlerPassword,
		nats.ErrorHandler(func(*nats.Conn, *nats.Subscription, error) {}))
	cjs, err := jetstream.New(crawler)
	if err != nil {
		t.Fatal(err)
	}
	ack, err := cjs.Publish(ctx, "news.raw.test", []byte(`{"url":"https://example.org/a","text":"x"}`))
	if err != nil {
		t.Fatalf("crawler: publish raw article: %v", err)
	}
	if ack.Stream != "NEWS_RAW" {
		t.Errorf("crawler publish stored in %q, want NEWS_RAW", ack.Stream)
	}
	// A crawler may not write records; the server refuses the publish and
	// the publisher sees no acknowledgement.
	pubCtx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	if _, err := cjs.Publish(pubCtx, "news.enriched.en", []byte(`{}`)); err == nil {
		t.Error("crawler could publish to news.enriched.en")
	}

	// Wrong credentials are refused.
	if nc, err := nats.Connect(strings.Join(urls, ","), nats.UserInfo("newsworker", "wrong"),
		nats.Timeout(2*time.Second)); err == nil {
		nc.Close()
		t.Error("connected with a wrong password")
	}
}

// createStream creates sc as the worker's user. Right after the meta leader
// is elected, the leader may not yet count every peer as online; placement
// of an R3 stream is retried for a while, as a client at bootstrap would.
func createStream(t *testing.T, js jetstream.JetStream, sc jetstream.StreamConfig) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		_, err := js.CreateStream(t.Context(), sc)
		if err == nil {
			return
		}
		if !strings.Contains(err.Error(), "no suitable peers") || time.Now().After(deadline) {
			t.Fatalf("worker user: create R%d stream %s: %v", sc.Replicas, sc.Name, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func connectUser(t *testing.T, urls []string, user, password string, opts ...nats.Option) *nats.Conn {
	t.Helper()
	opts = append([]nats.Option{nats.UserInfo(user, password), nats.Timeout(5 * time.Second)}, opts...)
	nc, err := nats.Connect(strings.Join(urls, ","), opts...)
	if err != nil {
		t.Fatalf("connect as %s: %v", user, err)
	}
	t.Cleanup(nc.Close)
	return nc
}

func waitMetaLeader(t *testing.T, servers []*server.Server) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		leaders, current := 0, 0
		for _, s := range servers {
			if s.JetStreamIsCurrent() {
				current++
			}
			if s.JetStreamIsLeader() {
				leaders++
			}
		}
		if leaders == 1 && current == len(servers) {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatal("the cluster elected no JetStream meta leader within 30s")
}

// freePorts returns n TCP ports free on 127.0.0.1 a moment ago: cluster
// routes need every node's port before any node starts.
func freePorts(t *testing.T, n int) []int {
	t.Helper()
	var ports []int
	for range n {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		defer l.Close()
		ports = append(ports, l.Addr().(*net.TCPAddr).Port)
	}
	return ports
}
