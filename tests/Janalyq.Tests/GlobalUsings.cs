// The news domain (Article, Source, Story, Category) is the vocabulary of every stage.
global using Janalyq.News;
