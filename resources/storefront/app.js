/* Ziliudi storefront: checkout and order pages. No libraries, no build step.
 * The price, payees and windows come from the seller-signed offer embedded in the
 * page; this script passes that offer to the escrow contract unchanged, and the
 * contract checks the seller's signature, so editing the page cannot change them. */
(function () {
  "use strict";
  var $ = function (id) { return document.getElementById(id); };
  var te = new TextEncoder();

  function readJson(id) {
    var el = $(id);
    return el ? JSON.parse(el.textContent) : null;
  }
  function say(text, isError) {
    var box = $("status");
    if (!box) return;
    box.hidden = false;
    box.textContent = text;
    box.className = "status" + (isError ? " error" : "");
  }

  /* ---------- hex and ABI encoding (the few types the escrow needs) ---------- */
  function hex(bytes) {
    var s = "";
    for (var i = 0; i < bytes.length; i++) s += (bytes[i] < 16 ? "0" : "") + bytes[i].toString(16);
    return s;
  }
  function unhex(h) {
    h = h.replace(/^0x/, "");
    var out = new Uint8Array(h.length / 2);
    for (var i = 0; i < out.length; i++) out[i] = parseInt(h.substr(i * 2, 2), 16);
    return out;
  }
  function word(n) { var s = BigInt(n).toString(16); return "0".repeat(64 - s.length) + s; }
  function padRight(h) { return h + "0".repeat((64 - (h.length % 64)) % 64); }
  function isDynamic(t) {
    if (t === "bytes") return true;
    if (Array.isArray(t)) return t[0] === "array" || t[1].some(isDynamic);
    return false;
  }
  function headSize(t) {
    if (Array.isArray(t) && t[0] === "tuple" && !isDynamic(t)) {
      return t[1].reduce(function (a, x) { return a + headSize(x); }, 0);
    }
    return 32;
  }
  function encodeOne(t, v) {
    if (t === "uint") return word(v);
    if (t === "address") return word(BigInt(v));
    if (t === "bytes32") return v.replace(/^0x/, "");
    if (t === "bytes") { var h = v.replace(/^0x/, ""); return word(h.length / 2) + padRight(h); }
    if (t[0] === "array") {
      return word(v.length) + encode(v.map(function () { return t[1]; }), v);
    }
    return encode(t[1], v); /* tuple */
  }
  function encode(types, values) {
    var head = "", tail = "";
    var size = types.reduce(function (a, t) { return a + (isDynamic(t) ? 32 : headSize(t)); }, 0);
    types.forEach(function (t, i) {
      if (isDynamic(t)) {
        head += word(size + tail.length / 2);
        tail += encodeOne(t, values[i]);
      } else {
        head += encodeOne(t, values[i]);
      }
    });
    return head + tail;
  }
  var OFFER = ["tuple", ["address", "address", "uint", "uint", "uint", "uint", "uint", "uint",
    "uint", "address", "uint", ["array", "address"], ["array", "uint"], "uint", "uint"]];
  var PERMIT = ["tuple", ["uint", "uint", "bytes32", "bytes32"]];
  function offerTuple(o) {
    return [o.seller, o.token, o.price, o.bond, o.maxQuantity, o.acceptWindow, o.shipWindow,
      o.confirmWindow, o.arbitrationWindow, o.arbitrator, o.arbitratorFee, o.payees,
      o.payeeAmounts, o.expiry, o.salt];
  }
  function call(selector, types, values) { return selector + encode(types, values); }

  /* ---------- the buyer's wallet (any EIP-1193 provider) ---------- */
  function provider() {
    if (!window.ethereum || typeof window.ethereum.request !== "function") {
      throw new Error("没有找到钱包：请在钱包 App 的浏览器里打开本页，或安装浏览器钱包。");
    }
    return window.ethereum;
  }
  function rpc(method, params) { return provider().request({ method: method, params: params || [] }); }
  async function connect(chain) {
    var accounts = await rpc("eth_requestAccounts");
    if (!accounts || !accounts.length) throw new Error("钱包没有给出账户。");
    var current = await rpc("eth_chainId");
    if (BigInt(current) !== BigInt(chain.chainId)) {
      await rpc("wallet_switchEthereumChain", [{ chainId: "0x" + BigInt(chain.chainId).toString(16) }]);
    }
    return accounts[0];
  }
  function sleep(ms) { return new Promise(function (r) { setTimeout(r, ms); }); }
  async function send(from, to, data) {
    var hash = await rpc("eth_sendTransaction", [{ from: from, to: to, data: data }]);
    for (var i = 0; i < 600; i++) {
      var receipt = await rpc("eth_getTransactionReceipt", [hash]);
      if (receipt) {
        if (BigInt(receipt.status) !== 1n) throw new Error("交易失败：" + hash);
        return receipt;
      }
      await sleep(500);
    }
    throw new Error("交易还没有确认：" + hash);
  }
  async function ethCall(to, data) { return rpc("eth_call", [{ to: to, data: data }, "latest"]); }

  /* ---------- delivery details, encrypted to the store's key ---------- */
  async function seal(details, storeKeyHex) {
    if (!window.crypto || !crypto.subtle) {
      throw new Error("此浏览器不能加密收货信息：请用 https 地址或本地文件打开本店。");
    }
    var curve = { name: "ECDH", namedCurve: "P-256" };
    var store = await crypto.subtle.importKey("raw", unhex(storeKeyHex), curve, false, []);
    var mine = await crypto.subtle.generateKey(curve, true, ["deriveBits"]);
    var shared = await crypto.subtle.deriveBits({ name: "ECDH", public: store }, mine.privateKey, 256);
    var point = new Uint8Array(await crypto.subtle.exportKey("raw", mine.publicKey));
    var base = await crypto.subtle.importKey("raw", shared, "HKDF", false, ["deriveKey"]);
    var key = await crypto.subtle.deriveKey(
      { name: "HKDF", hash: "SHA-256", salt: point, info: te.encode("ziliudi delivery note v1") },
      base, { name: "AES-GCM", length: 256 }, false, ["encrypt"]);
    var iv = crypto.getRandomValues(new Uint8Array(12));
    var body = new Uint8Array(await crypto.subtle.encrypt({ name: "AES-GCM", iv: iv }, key,
      te.encode(JSON.stringify(details))));
    var note = new Uint8Array(1 + point.length + iv.length + body.length);
    note[0] = 1; note.set(point, 1); note.set(iv, 1 + point.length); note.set(body, 1 + point.length + 12);
    return "0x" + hex(note);
  }

  /* ---------- checkout ---------- */
  function money(minor) {
    minor = BigInt(minor);
    return (minor / 100n).toString() + "." + (minor % 100n).toString().padStart(2, "0");
  }
  function tokenText(amount, token) {
    var d = BigInt(token.decimals), a = BigInt(amount), unit = 10n ** d;
    var frac = (a % unit).toString().padStart(Number(d), "0").replace(/0+$/, "");
    return (a / unit).toString() + (frac ? "." + frac : "") + " " + token.symbol;
  }
  function checkout() {
    var data = readJson("checkout-data");
    var form = $("checkout");
    var select = $("variant"), qty = $("quantity");
    var wanted = new URLSearchParams(location.search).get("v");
    if (wanted) select.value = wanted;
    function chosen() {
      return data.variants.filter(function (v) { return String(v.listing) === select.value; })[0];
    }
    function refresh() {
      var v = chosen(), q = Math.max(1, parseInt(qty.value || "1", 10));
      $("offer-json").textContent = v.offer ? JSON.stringify(v.offer, null, 2) : "";
      $("pay").disabled = !v.offer || !data.chain;
      if (!v.offer || !data.chain) {
        $("total").textContent = "¥" + money(v.price) + " × " + q;
        say("此款暂不支持在线付款：卖家还没有签署它的价格。请联系卖家下单。", true);
        return;
      }
      $("status").hidden = true;
      $("total").textContent = tokenText(BigInt(v.offer.price) * BigInt(q), data.chain.token) +
        "（卖家签名的价格 × " + q + "）";
    }
    select.addEventListener("change", refresh);
    qty.addEventListener("input", refresh);
    refresh();
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      pay(data, chosen(), parseInt(qty.value, 10)).catch(function (e) {
        say((e && e.message) || String(e), true);
        $("pay").disabled = false;
      });
    });
  }
  async function pay(data, v, q) {
    var chain = data.chain, offer = v.offer;
    if (!(q >= 1) || q > v.available || q > Number(offer.maxQuantity)) {
      throw new Error("数量需在 1 到 " + Math.min(v.available, Number(offer.maxQuantity)) + " 之间。");
    }
    var details = { name: $("name").value.trim(), phone: $("phone").value.trim(),
      address: $("address").value.trim(), note: $("note").value.trim(),
      listing: v.listing, variant: v.variant, quantity: q };
    if (!details.name || !details.phone || !details.address) throw new Error("请填写收货人、电话和地址。");
    $("pay").disabled = true;
    say("正在连接钱包…");
    var from = await connect(chain);
    var note = await seal(details, data.storeKey);
    var total = BigInt(offer.price) * BigInt(q);
    var s = chain.selectors, receipt;
    var usePermit = $("method") && $("method").value === "permit" && chain.token.permit;
    if (usePermit) {
      say("请在钱包中签署付款许可（permit）…");
      var nonce = BigInt(await ethCall(chain.token.address, call(s.nonces, ["address"], [from])));
      var deadline = BigInt(Math.floor(Date.now() / 1000) + 3600);
      var typed = { types: { EIP712Domain: [{ name: "name", type: "string" }, { name: "version", type: "string" },
          { name: "chainId", type: "uint256" }, { name: "verifyingContract", type: "address" }],
        Permit: [{ name: "owner", type: "address" }, { name: "spender", type: "address" },
          { name: "value", type: "uint256" }, { name: "nonce", type: "uint256" }, { name: "deadline", type: "uint256" }] },
        primaryType: "Permit",
        domain: { name: chain.token.name, version: chain.token.version, chainId: Number(chain.chainId),
          verifyingContract: chain.token.address },
        message: { owner: from, spender: chain.contract, value: total.toString(), nonce: nonce.toString(),
          deadline: deadline.toString() } };
      var sig = (await rpc("eth_signTypedData_v4", [from, JSON.stringify(typed)])).replace(/^0x/, "");
      var vByte = parseInt(sig.substr(128, 2), 16); if (vByte < 27) vByte += 27;
      say("正在付款（permit + fund）…");
      receipt = await send(from, chain.contract, call(s.fundWithPermit, [OFFER, "bytes", "uint", "bytes", PERMIT],
        [offerTuple(offer), v.signature, q, note, [deadline, vByte, "0x" + sig.substr(0, 64), "0x" + sig.substr(64, 64)]]));
    } else {
      var allowance = BigInt(await ethCall(chain.token.address,
        call(s.allowance, ["address", "address"], [from, chain.contract])));
      if (allowance < total) {
        say("第 1 步：请在钱包中授权托管合约使用 " + tokenText(total, chain.token) + "…");
        await send(from, chain.token.address, call(s.approve, ["address", "uint"], [chain.contract, total]));
      }
      say("第 2 步：请在钱包中确认付款…");
      receipt = await send(from, chain.contract, call(s.fund, [OFFER, "bytes", "uint", "bytes"],
        [offerTuple(offer), v.signature, q, note]));
    }
    var id = null;
    receipt.logs.forEach(function (log) {
      if (log.topics[0] === chain.fundedTopic && log.address.toLowerCase() === chain.contract.toLowerCase()) {
        id = BigInt(log.topics[1]).toString();
      }
    });
    say("付款成功，订单号 " + id + "。卖家接单后会发货。");
    var link = $("order-link");
    link.href = document.body.dataset.root + "order.html?id=" + id;
    link.hidden = false;
  }

  /* ---------- order: confirm receipt, dispute, cancel ---------- */
  var STATES = ["不存在", "已付款，等待卖家接单", "卖家已接单", "卖家已发货", "争议中", "已完成",
    "已退款", "已裁决"];
  async function order() {
    var data = readJson("order-data");
    var id = new URLSearchParams(location.search).get("id");
    $("order-id").textContent = id || "—";
    if (!id || !data.chain) return;
    var chain = data.chain, s = chain.selectors;
    async function show() {
      var out = await ethCall(chain.contract, call(s.getEscrow, ["uint"], [id]));
      var state = Number(BigInt("0x" + out.replace(/^0x/, "").substr(5 * 64, 64)));
      $("order-state").textContent = STATES[state] || String(state);
      return state;
    }
    async function act(selector, label) {
      try {
        var from = await connect(chain);
        say(label + "…");
        await send(from, chain.contract, call(selector, ["uint"], [id]));
        say(label + "：完成。");
        await show();
      } catch (e) { say((e && e.message) || String(e), true); }
    }
    $("confirm").addEventListener("click", function () { act(s.confirm, "确认收货"); });
    $("dispute").addEventListener("click", function () { act(s.dispute, "申请仲裁"); });
    $("cancel").addEventListener("click", function () { act(s.cancel, "取消订单"); });
    try { await connect(chain); await show(); } catch (e) { say((e && e.message) || String(e), true); }
  }

  var page = document.body.dataset.page;
  if (page === "checkout") checkout();
  if (page === "order") order();
})();
