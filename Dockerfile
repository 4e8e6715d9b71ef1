# The kgx app image for docker-compose.yml: Node 20, the locked dependencies, the client
# built at image build time, serving on 0.0.0.0:3000 against Neo4j (KGX_STORE=neo4j).
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build:client
ENV HOST=0.0.0.0 \
    PORT=3000 \
    KGX_STORE=neo4j \
    NEO4J_URI=bolt://neo4j:7687 \
    NEO4J_USER=neo4j \
    NEO4J_DATABASE=neo4j \
    KGX_DATA=/app/data/kgx.grafeo
EXPOSE 3000
# What `npm start` does (the client is already built): ingest the seeds (idempotent), then serve.
CMD ["node", "bin/kgx.mjs", "serve", "--ingest", "seeds"]
