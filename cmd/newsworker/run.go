package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"github.com/newsworker/newsworker/pipeline"
)

// connFlags are the flags every command that talks to NATS shares.
type connFlags struct {
	url       string
	name      string
	auth      pipeline.Auth
	logFormat string
	logLevel  string
}

func (c *connFlags) add(fs *flag.FlagSet, urlUsage string) {
	stringVar(fs, &c.url, "nats-url", "", urlUsage)
	stringVar(fs, &c.name, "nats-name", "newsworker", "connection name shown by the server")
	addAuthFlags(fs, &c.auth)
	stringVar(fs, &c.logFormat, "log-format", "json", "log format: json or console")
	stringVar(fs, &c.logLevel, "log-level", "info", "log level: debug, info, warn, error")
}

// logger builds the zap logger the flags ask for, writing to w.
func (c *connFlags) logger(w io.Writer) (*zap.Logger, error) {
	level, err := zapcore.ParseLevel(c.logLevel)
	if err != nil {
		return nil, fmt.Errorf("--log-level: %w", err)
	}
	var enc zapcore.Encoder
	switch c.logFormat {
	case "json":
		ec := zap.NewProductionEncoderConfig()
		ec.EncodeTime = zapcore.ISO8601TimeEncoder
		enc = zapcore.NewJSONEncoder(ec)
	case "console":
		ec := zap.NewDevelopmentEncoderConfig()
		ec.EncodeTime = zapcore.ISO8601TimeEncoder
		enc = zapcore.NewConsoleEncoder(ec)
	default:
		return nil, fmt.Errorf("--log-format %q: want json or console", c.logFormat)
	}
	return zap.New(zapcore.NewCore(enc, zapcore.Lock(zapcore.AddSync(w)), level)), nil
}

// connect dials url with the credentials and reconnects forever.
func (c *connFlags) connect(url string, log *zap.Logger) (*nats.Conn, error) {
	if err := c.auth.Validate(); err != nil {
		return nil, err
	}
	opts, err := c.auth.Options()
	if err != nil {
		return nil, err
	}
	opts = append(opts,
		nats.Name(c.name),
		nats.Timeout(10*time.Second), // the 2s default is tight on a loaded host
		nats.MaxReconnects(-1),
		nats.DisconnectErrHandler(func(_ *nats.Conn, err error) {
			if err != nil { // nil on a deliberate close
				log.Warn("nats disconnected", zap.Error(err))
			}
		}),
		nats.ReconnectHandler(func(nc *nats.Conn) {
			log.Info("nats reconnected", zap.String("url", pipeline.RedactURL(nc.ConnectedUrl())))
		}),
	)
	nc, err := nats.Connect(url, opts...)
	if err != nil {
		return nil, fmt.Errorf("connect %s: %w", pipeline.RedactURL(url), err)
	}
	return nc, nil
}

// runCmd is the worker: embedded NATS unless --nats-url, optional replay,
// consume until a signal (or idle with --until-idle).
func runCmd(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("run", "[run] [flags]", stderr)
	var (
		conn        connFlags
		store       string
		port        int
		replay      string
		untilIdle   bool
		print       bool
		metricsAddr string
	)
	cfg := pipeline.DefaultConfig()
	conn.add(fs, "NATS server URL(s), comma-separated; empty starts an embedded server")
	stringVar(fs, &store, "store", "data/nats", "embedded server: JetStream file store directory")
	intVar(fs, &port, "port", 0, "embedded server: port on 127.0.0.1, 0 for a free one")
	addWorkerFlags(fs, &cfg)
	var ledger ledgerFlags
	addLedgerFlags(fs, &ledger) // ledger.go
	stringVar(fs, &replay, "replay", "", "publish the raw messages under this path to news.raw.<source> before consuming")
	boolVar(fs, &untilIdle, "until-idle", false, "exit once nothing is pending or in flight, printing processed=N published=N dead_lettered=N")
	boolVar(fs, &print, "print", false, "print each published record on stdout, one JSON object a line")
	stringVar(fs, &metricsAddr, "metrics-addr", "", `serve /metrics, /healthz and /readyz on this address (e.g. ":9090"); empty is off`)
	if err := parse(fs, args); err != nil {
		return err
	}
	cfg.Ledger = ledger.config(cfg.Replicas)
	if fs.NArg() > 0 {
		fs.Usage()
		return errUsage
	}
	log, err := conn.logger(stderr)
	if err != nil {
		return err
	}
	defer func() { _ = log.Sync() }()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	url := conn.url
	if url == "" {
		emb, err := pipeline.StartEmbedded(pipeline.EmbeddedConfig{
			Port: port, StoreDir: store, MaxPayload: int32(min(cfg.MaxBytes+64<<10, 64<<20)),
		})
		if err != nil {
			return err
		}
		defer emb.Shutdown()
		url = emb.URL()
		log.Info("embedded nats-server with JetStream started", zap.String("url", url), zap.String("store", store))
	}
	nc, err := conn.connect(url, log)
	if err != nil {
		return err
	}
	defer nc.Close()
	log.Info("connected", zap.String("url", pipeline.RedactURL(nc.ConnectedUrl())), zap.Stringer("auth", conn.auth))

	cfg.Version, cfg.Logger = version, log
	if print {
		var mu sync.Mutex
		cfg.OnRecord = func(_ *pipeline.Record, data []byte) {
			mu.Lock()
			defer mu.Unlock()
			stdout.Write(append(data, '\n'))
		}
	}
	var reg *prometheus.Registry
	if metricsAddr != "" {
		reg = prometheus.NewRegistry()
		cfg.Metrics = pipeline.NewMetrics(reg)
	}
	w, err := pipeline.NewWorker(nc, cfg)
	if err != nil {
		return err
	}
	if err := w.Setup(ctx); err != nil {
		return err
	}
	if reg != nil {
		srv, err := serveMetrics(metricsAddr, pipeline.NewHTTPHandler(reg, w.Ready), log)
		if err != nil {
			return err
		}
		defer srv.Close()
	}
	if replay != "" {
		n, err := pipeline.Replay(ctx, w.JetStream(), replay, cfg.RawSubject)
		if err != nil {
			return err
		}
		log.Info("replayed raw messages", zap.Int("count", n), zap.String("path", replay))
	}
	log.Info("consuming", zap.String("stream", cfg.RawStream), zap.String("durable", cfg.Durable),
		zap.Int("concurrency", cfg.Concurrency))
	if untilIdle {
		err = w.RunUntilIdle(ctx)
	} else {
		err = w.Run(ctx)
	}
	if err != nil {
		return err
	}
	if err := nc.Drain(); err != nil {
		log.Warn("drain", zap.Error(err))
	}
	waitClosed(nc, 10*time.Second)
	st := w.Stats()
	log.Info("stopped", zap.Int64("processed", st.Processed), zap.Int64("published", st.Published),
		zap.Int64("dead_lettered", st.DeadLettered), zap.Int64("naked", st.Naked))
	if untilIdle {
		fmt.Fprintln(stdout, st)
	}
	return nil
}

// addWorkerFlags registers the streams, consumer and processing flags.
func addWorkerFlags(fs *flag.FlagSet, c *pipeline.Config) {
	stringVar(fs, &c.RawStream, "raw-stream", c.RawStream, "stream of raw articles")
	stringVar(fs, &c.RawSubject, "raw-subject", c.RawSubject, "raw articles arrive on SUBJECT.<source>")
	stringVar(fs, &c.EnrichedStream, "enriched-stream", c.EnrichedStream, "stream of enriched records")
	stringVar(fs, &c.EnrichedSubject, "enriched-subject", c.EnrichedSubject, "records are published on SUBJECT.<lang>")
	stringVar(fs, &c.DLQStream, "dlq-stream", c.DLQStream, "dead-letter stream")
	stringVar(fs, &c.DLQSubject, "dlq-subject", c.DLQSubject, "poison messages go to SUBJECT.<source>")
	intVar(fs, &c.Replicas, "replicas", c.Replicas, "replicas of the streams the worker creates")
	boolVar(fs, &c.NoCreateStreams, "no-create-streams", c.NoCreateStreams, "leave stream creation to the operator; only check the streams exist")
	durationVar(fs, &c.DuplicateWindow, "duplicate-window", c.DuplicateWindow, "duplicate window of the enriched and DLQ streams")
	stringVar(fs, &c.Durable, "durable", c.Durable, "durable pull consumer name; processes with the same name share the work")
	durationVar(fs, &c.AckWait, "ack-wait", c.AckWait, "redelivery after this long without an ack")
	intVar(fs, &c.MaxDeliver, "max-deliver", c.MaxDeliver, "deliveries of a message at most; then it is dead-lettered")
	intVar(fs, &c.MaxAckPending, "max-ack-pending", c.MaxAckPending, "messages delivered and not yet acked, across processes (0: 4 x concurrency)")
	intVar(fs, &c.Concurrency, "concurrency", c.Concurrency, "messages extracted at once; publishing and acking go on beside them (default: the number of CPUs)")
	intVar(fs, &c.MaxBytes, "max-bytes", c.MaxBytes, "largest raw message accepted, in bytes; larger ones are dead-lettered")
	durationVar(fs, &c.Timeout, "timeout", c.Timeout, "extraction budget per message; past it the message is dead-lettered")
	durationVar(fs, &c.PublishTimeout, "publish-timeout", c.PublishTimeout, "wait for a publish acknowledgement")
	durationVar(fs, &c.BackoffMin, "backoff-min", c.BackoffMin, "first redelivery delay after a transient failure")
	durationVar(fs, &c.BackoffMax, "backoff-max", c.BackoffMax, "longest redelivery delay")
}

// serveMetrics serves h on addr until Close.
func serveMetrics(addr string, h http.Handler, log *zap.Logger) (*http.Server, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("--metrics-addr: %w", err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 5 * time.Second}
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Error("metrics server", zap.Error(err))
		}
	}()
	log.Info("serving metrics", zap.String("addr", ln.Addr().String()))
	return srv, nil
}

// waitClosed waits for a draining connection to close.
func waitClosed(nc *nats.Conn, d time.Duration) {
	deadline := time.Now().Add(d)
	for !nc.IsClosed() && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
}
