# syntax=docker/dockerfile:1
#
# One image for every Nautilus service. TypeScript runs through tsx (no compile step); the
# command picks the service (see docker-compose.yml):
#   migrate     node --import tsx prisma/src/cli/migrate.ts
#   marketdata  node --import tsx subgraphs/marketdata/src/index.ts
#   feed        node --import tsx subgraphs/marketdata/src/feed.ts
#   gateway     node --import tsx gateway/src/main.ts          (also serves web/dist at /)
# `node --import tsx` is `npx tsx` without the npm wrapper process, so SIGTERM reaches the
# service itself and it drains cleanly.
#
# Targets: `app` (default, the services above) and `web` (nginx serving web/dist and proxying
# /graphql to the gateway). Keep a .dockerignore with node_modules, .data, dist, .turbo and
# prisma/generated: the build installs and generates its own.

ARG NODE_IMAGE=node:20-bookworm-slim

# ── Manifests only, so `npm ci` is cached until a package.json or the lockfile changes ──────
FROM ${NODE_IMAGE} AS manifests
WORKDIR /src
COPY . .
RUN mkdir /out \
 && find . -path ./node_modules -prune -o \( -name package.json -o -name package-lock.json \) -print \
    | grep -v '/node_modules/' | xargs -I{} cp --parents {} /out

# ── Dependencies and sources ─────────────────────────────────────────────────────────────────
FROM ${NODE_IMAGE} AS build
ENV NPM_CONFIG_UPDATE_NOTIFIER=false NPM_CONFIG_FUND=false NPM_CONFIG_AUDIT=false
# The lockfile and `allowScripts` are npm 11's (package.json `packageManager`).
RUN npm install -g npm@11.19.1
WORKDIR /app
COPY --from=manifests /out/ ./
RUN --mount=type=cache,target=/root/.npm npm ci
COPY . .
# Prisma client (prisma/generated is not committed) and the web client's static build.
RUN npm run db:generate \
 && npm run build -w @nautilus/web

# ── Services ─────────────────────────────────────────────────────────────────────────────────
FROM ${NODE_IMAGE} AS app
ENV NODE_ENV=production \
    NAUTILUS_DATA_DIR=/app/.data
WORKDIR /app
# The gateway writes gateway/supergraph.graphql at start, so the tree belongs to the app user.
COPY --from=build --chown=node:node /app /app
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
EXPOSE 4000 4101
CMD ["node", "--import", "tsx", "gateway/src/main.ts"]

# ── Web client behind nginx ──────────────────────────────────────────────────────────────────
FROM nginx:1.27-alpine AS web
COPY deploy/nginx/default.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/web/dist /usr/share/nginx/html
EXPOSE 80
