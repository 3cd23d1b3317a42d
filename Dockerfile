# syntax=docker/dockerfile:1
# Parley in a container: a static binary (CGO_ENABLED=0) on a minimal base
# with CA certificates and time zone data, running as a non-root user, with
# the store on a volume and a HEALTHCHECK on /healthz.
FROM golang:1.26-bookworm AS build
WORKDIR /src
ENV CGO_ENABLED=0 GOFLAGS=-buildvcs=false
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG VERSION=dev
RUN go build -trimpath -ldflags "-s -w -X main.version=${VERSION}" -o /out/bot ./cmd/bot \
 && mkdir -p /out/data

# distroless/static: no shell, CA certificates and tzdata included, user
# nonroot (65532).
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/bot /bot
COPY --from=build --chown=65532:65532 /out/data /data
ENV PARLEY_DB_PATH=/data/parley.db \
    METRICS_ADDR=:9090
VOLUME ["/data"]
EXPOSE 9090
USER nonroot:nonroot
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 CMD ["/bot", "healthcheck"]
ENTRYPOINT ["/bot"]
CMD ["run"]
