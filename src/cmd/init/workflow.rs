//! The publish workflow of a new site (`.github/workflows/publish.yml`): install
//! Waymark, check, build with the host's profile, deploy to that host.

use crate::output::host::Host;

/// The steps every host shares: Waymark installed (and kept between runs), the site
/// checked, then built with `host`'s profile.
fn common(host: Host, permissions: &str, secrets: &str) -> String {
    format!(
        r#"# Publishes the site on every push to main, with the {name} profile
# (site.yaml: `publish: {{ host: {name} }}`).
# Repository settings → variables: SITE_HOST (the site's host name, e.g. help.example.org)
# and WAYMARK_GIT (the Git address of Waymark, for `cargo install --git`).{secrets}
name: publish
on:
  push:
    branches: [main]
  workflow_dispatch:
{permissions}
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      # Waymark itself, and the compressed copies of earlier builds (nginx only).
      - uses: actions/cache@v4
        with:
          path: |
            ~/.cargo/bin/waymark
            .waymark-cache
          key: waymark-${{{{ github.sha }}}}
          restore-keys: waymark-
      - name: Install Waymark
        run: command -v waymark || cargo install --locked --git "${{{{ vars.WAYMARK_GIT }}}}" waymark
      - name: Check the site (annotations on the files)
        run: waymark check --strict --format github
      - name: Build
        run: waymark build --host {name} --format github --base-url "https://${{{{ vars.SITE_HOST }}}}"
"#,
        name = host.name(),
    )
}

/// The whole workflow for `host`.
pub(super) fn publish(host: Host) -> String {
    match host {
        Host::Cloudflare => common(
            host,
            "",
            "\n# Secrets: CLOUDFLARE_API_TOKEN and CLOUDFLARE_ACCOUNT_ID; variable PAGES_PROJECT\n# (the Cloudflare Pages project's name).",
        ) + r#"      - name: Upload to Cloudflare Pages
        env:
          CLOUDFLARE_API_TOKEN: ${{ secrets.CLOUDFLARE_API_TOKEN }}
          CLOUDFLARE_ACCOUNT_ID: ${{ secrets.CLOUDFLARE_ACCOUNT_ID }}
        run: npx --yes wrangler@4 pages deploy public --project-name "${{ vars.PAGES_PROJECT }}" --branch main
"#,
        Host::Netlify => common(
            host,
            "",
            "\n# Secrets: NETLIFY_AUTH_TOKEN and NETLIFY_SITE_ID.",
        ) + r#"      - name: Upload to Netlify
        env:
          NETLIFY_AUTH_TOKEN: ${{ secrets.NETLIFY_AUTH_TOKEN }}
          NETLIFY_SITE_ID: ${{ secrets.NETLIFY_SITE_ID }}
        run: npx --yes netlify-cli@17 deploy --dir public --prod --no-build
"#,
        Host::GithubPages => common(
            host,
            "permissions:\n  contents: read\n  pages: write\n  id-token: write\n",
            "\n# Repository settings → Pages → Source: GitHub Actions.",
        ) + r#"      - uses: actions/upload-pages-artifact@v3
        with:
          path: public
      - uses: actions/deploy-pages@v4
"#,
        Host::S3 => common(
            host,
            "",
            "\n# Secrets: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY; variables S3_BUCKET and\n# AWS_REGION. Each object is uploaded with its metadata from public/_s3/metadata.json.",
        ) + r#"      - name: Upload to S3
        env:
          AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}
          AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}
          AWS_DEFAULT_REGION: ${{ vars.AWS_REGION }}
        run: |
          cd public
          find . -type f ! -path './_s3/*' | sed 's|^\./||' | while read -r f; do
            m=$(jq -c --arg f "$f" '.objects[$f]' _s3/metadata.json)
            cc=$(jq -r '.CacheControl // empty' <<<"$m"); to=$(jq -r '.WebsiteRedirectLocation // empty' <<<"$m")
            aws s3api put-object --bucket "${{ vars.S3_BUCKET }}" --key "$f" --body "$f" \
              --content-type "$(jq -r .ContentType <<<"$m")" ${cc:+--cache-control "$cc"} ${to:+--website-redirect-location "$to"}
          done
"#,
        Host::Nginx => common(
            host,
            "",
            "\n# Secret: DEPLOY_SSH_KEY (a key allowed to write the site's folder on the server);\n# variable DEPLOY_TARGET (user@server:/srv/site/). public/_nginx/ holds the configuration\n# snippets (http.conf, server.conf): include them in nginx's configuration once.",
        ) + r#"      - name: Upload to the server
        env:
          DEPLOY_SSH_KEY: ${{ secrets.DEPLOY_SSH_KEY }}
        run: |
          install -m 600 /dev/null ~/deploy_key && printf '%s\n' "$DEPLOY_SSH_KEY" > ~/deploy_key
          rsync -a --delete -e "ssh -i ~/deploy_key -o StrictHostKeyChecking=accept-new" public/ "${{ vars.DEPLOY_TARGET }}"
"#,
        Host::Generic => common(host, "", "") + r#"      # Any static server: upload public/ as your host takes it. The built site is kept
      # as this run's artifact.
      - uses: actions/upload-artifact@v4
        with:
          name: site
          path: public
"#,
    }
}
