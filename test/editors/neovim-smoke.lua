-- Headless Neovim 0.7 check: start entity-lens over stdio, attach b.md, ask hover/definition/references.
local WS = os.getenv('WS')
local out = {}
local function log(s) table.insert(out, s) end
local client_id = vim.lsp.start_client({
  name = 'entity-lens',
  cmd = { 'node', os.getenv('ENTITY_LENS_CLI'), 'serve', '--stdio' },
  root_dir = WS,
})
vim.cmd('edit ' .. WS .. '/b.md')
vim.lsp.buf_attach_client(0, client_id)
vim.wait(10000, function() local c = vim.lsp.get_client_by_id(client_id); return c and c.initialized end, 50)
local params = { textDocument = { uri = vim.uri_from_fname(WS .. '/b.md') }, position = { line = 0, character = 2 } }
local function req(method, p)
  local res = vim.lsp.buf_request_sync(0, method, p, 10000)
  return res and res[client_id] and res[client_id].result
end
-- Wait until the workspace index includes a.md (hover counts 3 mentions).
local hover
vim.wait(15000, function()
  hover = req('textDocument/hover', params)
  return hover and hover.contents.value:find('in the workspace %(2 files%)') ~= nil
end, 100)
log('HOVER: ' .. (hover and hover.contents.value or 'nil'))
local def = req('textDocument/definition', params)
log('DEFINITION: ' .. vim.inspect(def))
local refs = req('textDocument/references', vim.tbl_extend('force', params, { context = { includeDeclaration = true } }))
log('REFERENCES: ' .. tostring(refs and #refs))
vim.wait(3000, function() return #vim.diagnostic.get(0) >= 0 end, 50)
log('PUSHED DIAGNOSTICS: ' .. #vim.diagnostic.get(0))
vim.fn.writefile(vim.split(table.concat(out, '\n'), '\n'), WS .. '/result.txt')
vim.lsp.stop_client(client_id)
vim.cmd('qa!')
