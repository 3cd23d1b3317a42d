# syntax=docker/dockerfile:1
# Build a static binary, then ship it alone on a minimal base that has CA
# certificates and time zone data, running as a non-root user.
FROM golang:1.26-bookworm AS build
WORKDIR /src
ENV CGO_ENABLED=0 GOFLAGS=-buildvcs=false
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG VERSION=dev
RUN go build -trimpath -ldflags "-s -w -X main.version=${VERSION}" -o /out/bot ./cmd/bot

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/bot /bot
ENV PARLEY_DB_PATH=/data/parley.db
VOLUME ["/data"]
USER nonroot:nonroot
ENTRYPOINT ["/bot"]
CMD ["run"]
