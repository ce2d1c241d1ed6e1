-- The deal board shows a pipeline's open deals and those closed in the last days:
-- (status = 'OPEN' or closed_at >= ?). deals_board_idx finds the open ones; this index finds the
-- recently closed ones of the pipeline, so that the board reads neither the whole table nor every
-- deal the pipeline ever closed (most of a pipeline's deals, once it has run for a while).
create index deals_pipeline_closed_idx on deals (pipeline_id, closed_at);
