# syntax=docker/dockerfile:1
# Build stage: install the workspace, build the API (tsc) and the PWA (vite).
FROM node:24-bookworm-slim AS build
WORKDIR /src
RUN npm i -g pnpm@10.34.9
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml tsconfig.json ./
COPY patches ./patches
COPY api/package.json api/
COPY pwa/package.json pwa/
RUN pnpm install --frozen-lockfile
COPY . .
RUN pnpm --filter @caregraph/api build && pnpm --filter @caregraph/pwa build \
 && pnpm --filter @caregraph/api deploy --prod --legacy /out/api \
 && cp -r api/dist /out/api/dist && mkdir -p /out/pwa && cp -r pwa/dist /out/pwa/dist

# Runtime stage: only the API's production dependencies, its build and the PWA's static files.
FROM node:24-bookworm-slim
ENV NODE_ENV=production PORT=4000 DATA_DIR=/data PWA_DIST=/app/pwa/dist
WORKDIR /app
COPY --from=build /out/api ./api
COPY --from=build /out/pwa ./pwa
RUN mkdir -p /data && chown -R node:node /data
USER node
EXPOSE 4000
VOLUME /data
CMD ["node", "api/dist/main.js"]
