// Article use cases: the list with metadata and counts, removal of one article (its claims,
// mentions and orphan entities), and the claims timeline.
import { NotFound } from "../core/errors.ts";
import { buildTimeline, type Bucket, type Period, type Timeline } from "../core/graph/timeline.ts";
import type { ArticleSummary } from "../core/model/types.ts";
import type { GraphStore } from "../core/ports.ts";

export class ArticleService {
  constructor(private readonly store: GraphStore) {}

  list(): Promise<ArticleSummary[]> {
    return this.store.listArticles();
  }

  async remove(id: string): Promise<void> {
    if (!(await this.store.deleteArticle(id))) throw new NotFound(`articles: no article with id ${JSON.stringify(id)}`);
  }

  async timeline(bucket: Bucket, period: Period = {}): Promise<Timeline> {
    return buildTimeline(await this.store.listArticles(), bucket, period);
  }
}
