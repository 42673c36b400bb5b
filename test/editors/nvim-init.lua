-- Neovim as a second, real LSP client: opens a German and an English Markdown file, starts
-- dist/server.js over stdio, waits for diagnostics, requests code actions for one finding,
-- applies the preferred one, and writes what it saw to $COPYLINT_NVIM_OUT as JSON.
-- Works with Neovim 0.7 (Debian's), where diagnostics lack the raw LSP range: the handler
-- below keeps the server's own diagnostics for the code-action request.
local out_path = os.getenv('COPYLINT_NVIM_OUT')
local server = os.getenv('COPYLINT_SERVER')
local root = os.getenv('COPYLINT_ROOT')
local raw = {}
local report = { codes = {}, errors = {} }

local function finish()
  local f = io.open(out_path, 'w')
  f:write(vim.fn.json_encode(report))
  f:close()
  vim.cmd('qa!')
end

local function main()
  local client_id = vim.lsp.start_client({
    name = 'copylint',
    cmd = { 'node', server, '--stdio' },
    root_dir = root,
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
        raw[result.uri] = result.diagnostics
        return vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
      end,
    },
  })
  local bufs = {}
  for _, name in ipairs({ 'de.md', 'en.md' }) do
    vim.cmd('edit ' .. root .. '/' .. name)
    local buf = vim.api.nvim_get_current_buf()
    vim.lsp.buf_attach_client(buf, client_id)
    bufs[name] = buf
  end
  local uri = function(name) return vim.uri_from_fname(root .. '/' .. name) end
  local ok = vim.wait(20000, function() return raw[uri('de.md')] ~= nil and raw[uri('en.md')] ~= nil end, 50)
  if not ok then
    table.insert(report.errors, 'no diagnostics within 20 s')
    return finish()
  end
  for _, name in ipairs({ 'de.md', 'en.md' }) do
    local codes = {}
    for _, d in ipairs(raw[uri(name)]) do table.insert(codes, d.code) end
    table.sort(codes)
    report.codes[name] = codes
    -- What Neovim itself shows for the buffer.
    report['shown_' .. name] = #vim.diagnostic.get(bufs[name])
  end

  local target
  for _, d in ipairs(raw[uri('en.md')]) do
    if d.code == 'push/hype' then target = d end
  end
  local params = { textDocument = { uri = uri('en.md') }, range = target.range, context = { diagnostics = { target } } }
  local responses = vim.lsp.buf_request_sync(bufs['en.md'], 'textDocument/codeAction', params, 10000) or {}
  local action
  for _, resp in pairs(responses) do
    for _, a in ipairs(resp.result or {}) do
      report.titles = report.titles or {}
      table.insert(report.titles, a.title)
      if a.isPreferred and not action then action = a end
    end
  end
  if not action then
    table.insert(report.errors, 'no preferred code action')
    return finish()
  end
  vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
  report.applied = action.title
  report.text = table.concat(vim.api.nvim_buf_get_lines(bufs['en.md'], 0, -1, false), '\n')
  finish()
end

vim.api.nvim_create_autocmd('VimEnter', {
  callback = function()
    local ok, err = pcall(main)
    if not ok then
      table.insert(report.errors, tostring(err))
      finish()
    end
  end,
})
